#include "importprogress.h"

#include <QLocale>
#include <QProgressDialog>

ImportProgress::ImportProgress(const QString &action, QWidget *parent)
    : QObject(parent)
    , m_action(action)
    , m_dialog(new QProgressDialog(action, tr("Cancel"), 0, 1000, parent))
{
    m_dialog->setObjectName(QStringLiteral("importProgress"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoReset(false); // the importer decides when it is done
    m_timer.start();
}

ImportProgress::~ImportProgress()
{
    delete m_dialog;
}

bool ImportProgress::update(double fraction, int rows)
{
    const QString detail = describe(rows, m_timer.elapsed(), fraction);
    m_dialog->setLabelText(detail.isEmpty() ? m_action : m_action + QLatin1Char('\n') + detail);
    m_dialog->setValue(qBound(0, int(fraction * 1000), 1000)); // also lets the Cancel click through
    return !m_dialog->wasCanceled();
}

bool ImportProgress::wasCanceled() const
{
    return m_dialog->wasCanceled();
}

QString ImportProgress::describe(int rows, qint64 elapsedMs, double fraction)
{
    // Under a second the rate is noise; at the end nothing is left to estimate.
    if (elapsedMs < 1000 || rows <= 0)
        return {};
    const QLocale locale;
    const qint64 perSecond = rows * 1000LL / elapsedMs;
    QString text = tr("%1 rows, %2 rows a second").arg(locale.toString(rows), locale.toString(perSecond));
    if (fraction <= 0.0 || fraction >= 1.0)
        return text;
    const qint64 leftSeconds = qRound64(elapsedMs * (1.0 - fraction) / fraction / 1000.0);
    QString left;
    if (leftSeconds < 60)
        left = tr("about %1 s left").arg(qMax<qint64>(leftSeconds, 1));
    else if (leftSeconds < 3600)
        left = tr("about %1 min left").arg((leftSeconds + 30) / 60);
    else
        left = tr("about %1 h %2 min left").arg(leftSeconds / 3600).arg(leftSeconds % 3600 / 60);
    return text + QStringLiteral(", ") + left;
}
