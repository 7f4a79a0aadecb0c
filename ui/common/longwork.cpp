#include "longwork.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>

namespace {

LongWork::Opener &opener()
{
    static LongWork::Opener open = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    return open;
}

} // namespace

LongWork::LongWork(const QString &title, const QString &label, QWidget *parent)
    : QObject(parent)
    , m_title(title)
    , m_label(label)
    , m_dialog(new QProgressDialog(parent))
    , m_parent(parent)
{
    // The dialog's own Cancel button: qtbase's translation names it in the clerk's language.
    m_dialog->setObjectName(QStringLiteral("longWorkProgress"));
    m_dialog->setWindowTitle(title);
    m_dialog->setLabelText(label);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400); // quick work finishes before a dialog flashes up
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_dialog->setRange(0, 1000);
    m_dialog->setValue(0);
}

LongWork::~LongWork()
{
    delete m_dialog;
}

bool LongWork::step(double fraction, const QString &detail)
{
    if (fraction < 0.0) {
        if (m_dialog->maximum() != 0)
            m_dialog->setRange(0, 0); // a moving bar: how much is left is not known
        m_dialog->setValue(0);
    } else {
        if (m_dialog->maximum() == 0)
            m_dialog->setRange(0, 1000);
        // setValue processes events while the dialog is modal, which lets a Cancel click through.
        m_dialog->setValue(qBound(0, int(fraction * 1000), 999));
    }
    const QString text = detail.isEmpty() ? m_label : m_label + QLatin1Char('\n') + detail;
    if (m_dialog->labelText() != text)
        m_dialog->setLabelText(text);
    QCoreApplication::processEvents();
    return !m_dialog->wasCanceled();
}

bool LongWork::wasCanceled() const
{
    return m_dialog->wasCanceled();
}

QString LongWork::partPathFor(const QString &target)
{
    // Same folder (a rename, not a copy), hidden, and the same suffix: writers choose the format by it.
    const QFileInfo info(target);
    return info.dir().filePath(QLatin1Char('.') + info.completeBaseName() + QStringLiteral(".partial.") +
                               info.suffix());
}

bool LongWork::writeFile(const QString &target, const std::function<bool(const QString &, QString *)> &write,
                         QString *error)
{
    const QString part = partPathFor(target);
    QFile::remove(part);
    const bool written = write(part, error);
    if (!written || wasCanceled()) {
        QFile::remove(part);
        return false;
    }
    // The file dialog asked before replacing an existing file.
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        QFile::remove(part);
        if (error)
            *error = tr("%1 is open in another program or write-protected; close it and try again.")
                         .arg(QDir::toNativeSeparators(target));
        return false;
    }
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        if (error)
            *error = tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    return true;
}

void LongWork::finish(const QString &message, const QString &path)
{
    m_dialog->reset();
    m_dialog->hide();
    const QFileInfo info(path);
    QMessageBox box(QMessageBox::Information, m_title, message, QMessageBox::Close, m_parent);
    box.setObjectName(QStringLiteral("longWorkDone"));
    QPushButton *folder = nullptr;
    if (!path.isEmpty()) {
        folder = box.addButton(tr("Open &folder"), QMessageBox::ActionRole);
        folder->setObjectName(QStringLiteral("openFolder"));
    }
    QPushButton *file = nullptr;
    if (info.isFile()) {
        file = box.addButton(tr("Open f&ile"), QMessageBox::ActionRole);
        file->setObjectName(QStringLiteral("openFile"));
    }
    if (folder)
        box.setDefaultButton(file ? file : folder);
    box.exec();
    if (folder && box.clickedButton() == folder)
        opener()(QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
    else if (file && box.clickedButton() == file)
        opener()(QUrl::fromLocalFile(info.absoluteFilePath()));
}

void LongWork::fail(const QString &error)
{
    const bool cancelled = wasCanceled();
    m_dialog->reset();
    m_dialog->hide();
    if (!cancelled && !error.isEmpty())
        QMessageBox::warning(m_parent, m_title, error);
}

void LongWork::setOpener(Opener open)
{
    opener() = open ? std::move(open) : [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}
