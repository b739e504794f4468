#include "mainwindow.h"

namespace brc::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Bedrock Route Console"));
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

} // namespace brc::ui
