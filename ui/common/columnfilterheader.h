#pragma once

#include <QJsonObject>
#include <QObject>

class PagedModel;
class QAbstractItemView;
class QWidget;

// Excel's header dropdowns on any list over a PagedModel: "Filter <column>…" (and "Clear the
// filter of <column>") in the header's menu, or Alt+Down in the list on the current column, open
// ColumnFilterDialog with the column's values read in SQL by the model (those the rest of the
// filter keeps); the model applies the answer in its query. The conditions live in the model; this
// object (a child of the view) only asks for them. A model offering no filterable column gets none.
class ColumnFilterHeader final : public QObject
{
    Q_OBJECT

public:
    explicit ColumnFilterHeader(QAbstractItemView *view);
    static ColumnFilterHeader *of(const QAbstractItemView *view);

    // Asks for the filter of `column` and applies it.
    void editColumn(int column);
    void clearColumn(int column);
    void clearAll();

    // The column filters of every list under `page` that has them, by the list's object name
    // (a saved view, the filters kept for the next start), and putting them back.
    static QJsonObject states(const QWidget *page);
    static void applyStates(QWidget *page, const QJsonObject &states);

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PagedModel *model() const;

    QAbstractItemView *m_view;
};
