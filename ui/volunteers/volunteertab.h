#pragma once

#include "models/access/accessscope.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

#include <initializer_list>

class QDateEdit;
class QLayout;
class QPushButton;
class QTableWidget;

// A tab of the Volunteers page: each works on its own with the database and says what it did
// through statusMessage; the page wires the tabs to each other. The helpers keep the tabs'
// tables, buttons and dates alike.
class VolunteerTab : public QWidget
{
    Q_OBJECT

public:
    VolunteerTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    // Rereads what the tab shows; the page calls it when the tab is brought to the front.
    virtual void refresh() = 0;

signals:
    void statusMessage(const QString &text);

protected:
    static QTableWidget *readOnlyTable(const QStringList &headers, QWidget *parent);
    static void setRow(QTableWidget *table, int row, const QStringList &cells, qint64 id = 0);
    static QString hoursText(qreal hours);
    static QPushButton *button(const QString &text, QWidget *parent, QLayout *layout);
    static QDateEdit *dateEdit(const QDate &date, QWidget *parent,
                               const QString &format = QStringLiteral("yyyy-MM-dd"));
    // Whether the signed-in account may change anything (viewers may not).
    bool canEdit() const;
    // Disables controls that save for a viewer, saying why (the stores refuse the same).
    void editorsOnly(std::initializer_list<QWidget *> widgets) const;

    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
};
