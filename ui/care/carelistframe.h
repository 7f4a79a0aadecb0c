#pragma once

#include "models/access/accessscope.h"

#include <functional>
#include <QSqlDatabase>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

// What the three tabs of the 重点人群 page share: a row of filters, a row of actions ending in
// Export… (audited: the lists name people) and Print…, the count, and a read-only table filled
// row by row with each row's record id kept in Qt::UserRole of its first cell.
class CareListFrame final : public QWidget
{
    Q_OBJECT

public:
    // `title` names the printout; `exportFile` is the suggested file; `what` the audited table.
    CareListFrame(QSqlDatabase db, const AccessScope &scope, const QString &title, const QString &exportFile,
                  const QString &what, QWidget *parent = nullptr);

    void addFilter(const QString &label, QWidget *filter);
    QPushButton *addButton(const QString &text, const std::function<void()> &clicked);
    void setHeader(const QStringList &header);
    void clear();
    void addRow(qint64 id, const QStringList &cells);
    void setCount(const QString &text);
    // The record id of the selected row, 0 for none.
    qint64 currentId() const;

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }

private:
    QString m_title;
    QHBoxLayout *m_filters = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_count = nullptr;
};
