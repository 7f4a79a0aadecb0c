#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QProgressDialog;
class QWidget;

// The import's progress dialog: how far, how many rows a second and about how long is left,
// with Cancel. The importer reports a fraction of the file; the rows come from its summary.
class ImportProgress final : public QObject
{
    Q_OBJECT

public:
    ImportProgress(const QString &action, QWidget *parent);
    ~ImportProgress() override;

    // Shows `fraction` (0..1) of the file done after `rows` rows; false once the clerk cancelled.
    bool update(double fraction, int rows);
    bool wasCanceled() const;
    QProgressDialog *dialog() const { return m_dialog; }

    // "12,000 rows, 6,000 rows a second, about 2 min left" (empty before a second has been measured).
    static QString describe(int rows, qint64 elapsedMs, double fraction);

private:
    QString m_action;
    QProgressDialog *m_dialog = nullptr;
    QElapsedTimer m_timer;
};
