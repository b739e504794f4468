#include "formpage.h"

#include "common/palettecolours.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace brc::ui {

QFormLayout *growingForm(QWidget *owner)
{
    auto *form = new QFormLayout(owner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

QScrollArea *scrollingPage(QWidget *page, QWidget *content, const QString &accessibleName, int margin, QLayout *header)
{
    auto *scroll = new QScrollArea(page);
    scroll->setAccessibleName(accessibleName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(margin, margin, margin, margin);
    if (header) {
        layout->addLayout(header);
    }
    layout->addWidget(scroll, 1);
    return scroll;
}

void setStatusText(QLabel *label, const QString &text, bool bad)
{
    label->setText(text);
    QPalette palette = label->parentWidget()->palette();
    if (bad) {
        palette.setColor(QPalette::WindowText, PaletteColours::errorText(palette));
    }
    label->setPalette(palette);
}

} // namespace brc::ui
