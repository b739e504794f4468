#pragma once

#include <QLoggingCategory>

/// One logging category per core module. Secrets never reach these: pass them through
/// brc::redact() first.
Q_DECLARE_LOGGING_CATEGORY(lcRoute)
Q_DECLARE_LOGGING_CATEGORY(lcSigV4)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcEventStream)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
