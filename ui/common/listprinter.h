#pragma once

#include "models/documents/tabledocument.h"

#include <QCoreApplication>
#include <QString>

class QAbstractItemView;
class QPrinter;
class QWidget;

// Prints any list as the clerk sees it: the rows of its filter (every page of a lazy model), its
// visible columns in their order with their widths, ID and phone numbers masked as on screen;
// on A4 with the list's name and the column headers repeated on every page, and "Page n of m".
// Ctrl+P of the window and the header's menu both come here.
class ListPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(ListPrinter)

public:
    // `title` names the list on every page, e.g. "Household register".
    ListPrinter(QAbstractItemView *view, const QString &title);

    TableDocument document() const;
    // The pages painted on a printer set up by the caller (or the preview); the number of pages.
    int print(QPrinter *printer) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;
    // Lists longer than this ask before the preview lays out every page.
    static constexpr int kAskAboveRows = 3000;
    // The print preview (A4, landscape for a wide list), printing from there.
    void preview(QWidget *parent) const;

private:
    QAbstractItemView *m_view;
    QString m_title;
};
