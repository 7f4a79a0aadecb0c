#pragma once

#include <functional>
#include <QList>
#include <QObject>
#include <QString>

class QAbstractItemView;
class QAction;
class QHeaderView;
class QMenu;
class QSplitter;
class QWidget;

// What a clerk did to a list's columns (order, widths, hidden columns, sort), kept in the desk's
// settings under one key per list and put back when the list is made again. The header gets a
// menu of its columns to show or hide (right click), plus what the page adds for a column (the
// register's column filter). Every list of the window is remembered by attachAll(); one object
// per view, a child of the view.
class ListLayoutMemory final : public QObject
{
    Q_OBJECT

public:
    // Actions the page offers in the header's menu for `column` (a logical index), made in `menu`.
    using ColumnActions = std::function<QList<QAction *>(int column, QMenu *menu)>;

    // Restores the view's columns from `settingsKey` (a QSettings group) and keeps them there.
    // A view whose header is hidden (a tree of addresses) has no columns to remember: null.
    static ListLayoutMemory *attach(QAbstractItemView *view, const QString &settingsKey);
    static ListLayoutMemory *of(const QAbstractItemView *view);
    // The page's own actions for a column of `view` (its column filter), offered in the header's
    // menu once the view is remembered; may be given before attach().
    static void offerColumnActions(QAbstractItemView *view, ColumnActions actions);
    // Every table and tree under `root` that is not remembered yet, each under `group` +
    // "/lists/" + the root's class + "/" + the view's object name (or its place among the unnamed).
    static void attachAll(QWidget *root, const QString &group);
    // The sizes of every named splitter under `root`, under `group`.
    static void saveSplitters(QWidget *root, const QString &group);
    static void restoreSplitters(QWidget *root, const QString &group);

    QHeaderView *header() const { return m_header; }
    // The header's menu at `column`: each column checkable, "Show all columns", the page's own.
    QMenu *makeMenu(int column, QWidget *parent);
    // Writes the header's state now (also done on every change).
    void save() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ListLayoutMemory(QAbstractItemView *view, QHeaderView *header, const QString &settingsKey);
    bool restore();
    void showMenu(const QPoint &pos);
    void setColumnShown(int column, bool shown);

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    QString m_key;
    bool m_restoring = false;
    bool m_mouseDown = false; // on the header: the clerk is dragging a width or a column
};
