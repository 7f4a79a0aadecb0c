#include "pdffile.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

bool PdfFile::write(const QString &path, const QString &title, const std::function<bool(QPagedPaintDevice *)> &print,
                    QString *error)
{
    {
        QSaveFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), probe.errorString());
            return false;
        }
        probe.cancelWriting();
    }
    QPdfWriter pdf(path);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("CommunityDesk"));
    pdf.setResolution(300);
    if (!print(&pdf)) {
        if (error)
            *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}
