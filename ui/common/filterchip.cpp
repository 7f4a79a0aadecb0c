#include "filterchip.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

FilterChip::FilterChip(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterChip"));
    setFocusPolicy(Qt::StrongFocus); // Tab reaches it; Backspace then removes it
    setStyleSheet(QStringLiteral("QFrame#filterChip { background: #e8f0fc; border: 1px solid #9bbbe8; "
                                 "border-radius: 10px; }"
                                 "QFrame#filterChip:focus { border: 2px solid #1e6fd9; }"
                                 "QToolButton { border: none; padding: 0 2px; }"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 1, 4, 1);
    row->setSpacing(2);
    m_text->setObjectName(QStringLiteral("filterChipText"));
    m_remove->setObjectName(QStringLiteral("removeFilter"));
    m_remove->setText(QStringLiteral("×"));
    m_remove->setToolTip(tr("Remove this filter"));
    m_remove->setFocusPolicy(Qt::NoFocus); // the chip itself takes the keys
    row->addWidget(m_text);
    row->addWidget(m_remove);
    connect(m_remove, &QToolButton::clicked, this, &FilterChip::remove);
    hide();
}

void FilterChip::setFilterText(const QString &text)
{
    m_text->setText(text);
    setAccessibleName(tr("Filter: %1").arg(text));
    setVisible(!text.isEmpty());
}

QString FilterChip::filterText() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void FilterChip::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete) {
        remove();
        return;
    }
    QFrame::keyPressEvent(event);
}

void FilterChip::remove()
{
    const bool hadFocus = hasFocus();
    setFilterText(QString());
    if (hadFocus)
        focusNextChild(); // the focus stays in the page, not lost with the hidden chip
    emit removed();
}
