#include "logging.h"

Q_LOGGING_CATEGORY(lcRoute, "brc.core.route", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSigV4, "brc.core.sigv4", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCredentials, "brc.core.credentials", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "brc.core.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "brc.core.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEventStream, "brc.core.eventstream", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConfig, "brc.core.config", QtWarningMsg)
