#pragma once

class QFormLayout;
class QLabel;
class QLayout;
class QScrollArea;
class QString;
class QWidget;

namespace brc::ui {

/// A form layout on `owner` (or a free one when null) whose fields take the width they are given.
QFormLayout *growingForm(QWidget *owner = nullptr);

/// `content` in a frameless scroll area that resizes it, filling `page` (with `margin` around it
/// and `header` above it when given): the shape of the editor and breakdown panels. The scroll
/// area takes focus (arrows and Page Up/Down scroll it) and is named `accessibleName`.
QScrollArea *scrollingPage(
    QWidget *page, QWidget *content, const QString &accessibleName, int margin, QLayout *header = nullptr);

/// Shows `text` in `label`, in the palette's error colour when `bad`.
void setStatusText(QLabel *label, const QString &text, bool bad);

} // namespace brc::ui
