#pragma once

#include <functional>
#include <QObject>
#include <QString>

class QProgressDialog;
class QUrl;
class QWidget;

// Long work a clerk waits for (an export, a report, a backup, a restore, a check): a progress
// dialog with Cancel while it runs, then a message offering to open the folder or the file.
// Files are written beside their target under a hidden name and moved into place only when the
// work completed, so a cancelled or failed run leaves no partial file.
class LongWork final : public QObject
{
    Q_OBJECT

public:
    using Opener = std::function<bool(const QUrl &)>;

    // `title`: the dialog's title ("Back up"); `label`: what is being done ("Backing up…").
    LongWork(const QString &title, const QString &label, QWidget *parent);
    ~LongWork() override;

    // Shows `fraction` (0..1) done, or a moving bar when it is negative (unknown), and lets a
    // Cancel click through. False once the clerk cancelled.
    bool step(double fraction, const QString &detail = QString());
    bool wasCanceled() const;
    QProgressDialog *dialog() const { return m_dialog; }

    // Writes `target` through `write(partPath, error)`: the part file replaces `target` only when
    // write() returned true and the clerk did not cancel; otherwise it is removed and `target`
    // stays as it was. True when `target` was written.
    bool writeFile(const QString &target, const std::function<bool(const QString &, QString *)> &write, QString *error);
    static QString partPathFor(const QString &target);

    // The end of work that wrote `path` (a file, or a folder): closes the progress and says
    // `message`, offering Open folder and, for a file, Open file (neither for an empty path).
    void finish(const QString &message, const QString &path);
    // The end of work that failed: closes the progress and says `error` (nothing after a cancel).
    void fail(const QString &error);

    // How a folder or file is opened (QDesktopServices::openUrl); tests record the address instead.
    static void setOpener(Opener opener);

private:
    QString m_title;
    QString m_label;
    QProgressDialog *m_dialog = nullptr;
    QWidget *m_parent = nullptr;
};
