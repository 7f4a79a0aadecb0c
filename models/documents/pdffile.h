#pragma once

#include <functional>
#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

// Writes a PDF from anything that prints on a QPagedPaintDevice (the sign-in sheet, the monthly
// report, the rota): checks first that the file can be written, since QPdfWriter reports no
// error, then gives the printer a titled 300 dpi writer. `print` sets the page layout and
// returns false when nothing could be painted; *error then says why, for the clerk.
class PdfFile final
{
    Q_DECLARE_TR_FUNCTIONS(PdfFile)

public:
    static bool write(const QString &path, const QString &title, const std::function<bool(QPagedPaintDevice *)> &print,
                      QString *error = nullptr);
};
