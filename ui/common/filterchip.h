#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A filter a list got from elsewhere (a building clicked on the map, a bar of a chart), shown
// as a chip above the list so the clerk sees why rows are missing: its × or Backspace (or
// Delete) while it has focus removes it, and the page then drops that filter.
class FilterChip final : public QFrame
{
    Q_OBJECT

public:
    explicit FilterChip(QWidget *parent = nullptr);

    // Shows the chip with `text` ("Building: 3"); an empty text hides it.
    void setFilterText(const QString &text);
    QString filterText() const;
    QToolButton *removeButton() const { return m_remove; }

signals:
    // The clerk removed the filter (the chip has hidden itself).
    void removed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void remove();

    QLabel *m_text;
    QToolButton *m_remove;
};
