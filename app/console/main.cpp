#include "mainwindow/mainwindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bedrock-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bedrock Route Console"));
    QApplication::setOrganizationName(QStringLiteral("BedrockRouteConsole"));
    QApplication::setApplicationVersion(QStringLiteral(BRC_VERSION));

    brc::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
