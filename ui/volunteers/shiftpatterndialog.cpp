#include "shiftpatterndialog.h"

#include "models/volunteers/rosterstore.h"
#include "ui/common/datefield.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

ShiftPatternDialog::ShiftPatternDialog(QSqlDatabase db, const AccessScope &scope, qint64 postId, const QDate &from,
                                       QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    FormGuard::install(this);
    setWindowTitle(tr("Make shifts"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_post = new QComboBox(this);
    for (const RosterStore::Post &p : RosterStore(m_db, m_scope).posts())
        m_post->addItem(p.location.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.location), p.id);
    m_post->setCurrentIndex(qMax(0, m_post->findData(postId)));
    form->addRow(tr("&Post:"), m_post);
    auto *days = new QHBoxLayout;
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), this);
        box->setChecked(d == from.dayOfWeek());
        connect(box, &QCheckBox::toggled, this, &ShiftPatternDialog::updatePreview);
        days->addWidget(box);
        m_days.append(box);
    }
    form->addRow(tr("Every:"), days);
    auto *times = new QHBoxLayout;
    m_start = new QTimeEdit(QTime(9, 0), this);
    m_end = new QTimeEdit(QTime(11, 0), this);
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    times->addWidget(m_start);
    times->addWidget(new QLabel(QStringLiteral("–"), this));
    times->addWidget(m_end);
    times->addStretch();
    form->addRow(tr("Time:"), times);
    m_from = new QDateEdit(from, this);
    DateField::tabLeaves(m_from);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setCalendarPopup(true);
    form->addRow(tr("&From:"), m_from);
    auto *span = new QHBoxLayout;
    m_byWeeks = new QRadioButton(tr("For"), this);
    m_byWeeks->setChecked(true);
    m_weeks = new QSpinBox(this);
    m_weeks->setRange(1, 104);
    m_weeks->setValue(8);
    m_weeks->setSuffix(tr(" weeks"));
    auto *byUntil = new QRadioButton(tr("until"), this);
    m_until = new QDateEdit(from.addDays(55), this);
    DateField::tabLeaves(m_until);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setCalendarPopup(true);
    span->addWidget(m_byWeeks);
    span->addWidget(m_weeks);
    span->addWidget(byUntil);
    span->addWidget(m_until);
    span->addStretch();
    form->addRow(tr("Repeat:"), span);
    m_needed = new QSpinBox(this);
    m_needed->setRange(1, 99);
    form->addRow(tr("&Volunteers needed:"), m_needed);
    auto syncNeeded = [this] {
        for (const RosterStore::Post &p : RosterStore(m_db, m_scope).posts())
            if (p.id == m_post->currentData().toLongLong())
                m_needed->setValue(p.needed);
    };
    syncNeeded();
    connect(m_post, &QComboBox::currentIndexChanged, this, syncNeeded);
    layout->addLayout(form);
    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    m_preview->setMinimumWidth(460);
    layout->addWidget(m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make shifts"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ShiftPatternDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShiftPatternDialog::reject);
    layout->addWidget(buttons);
    connect(m_start, &QTimeEdit::timeChanged, this, &ShiftPatternDialog::updatePreview);
    connect(m_end, &QTimeEdit::timeChanged, this, &ShiftPatternDialog::updatePreview);
    connect(m_from, &QDateEdit::dateChanged, this, &ShiftPatternDialog::updatePreview);
    connect(m_weeks, &QSpinBox::valueChanged, this, &ShiftPatternDialog::updatePreview);
    connect(m_until, &QDateEdit::dateChanged, this, &ShiftPatternDialog::updatePreview);
    connect(m_byWeeks, &QRadioButton::toggled, this, &ShiftPatternDialog::updatePreview);
    updatePreview();
}

ShiftRecurrence::Pattern ShiftPatternDialog::pattern() const
{
    ShiftRecurrence::Pattern p;
    for (int d = 0; d < m_days.size(); ++d)
        if (m_days.at(d)->isChecked())
            p.weekdays.append(d + 1);
    p.start = m_start->time();
    p.end = m_end->time();
    p.from = m_from->date();
    p.weeks = m_byWeeks->isChecked() ? m_weeks->value() : 0;
    p.until = m_byWeeks->isChecked() ? QDate() : m_until->date();
    return p;
}

void ShiftPatternDialog::updatePreview()
{
    m_weeks->setEnabled(m_byWeeks->isChecked());
    m_until->setEnabled(!m_byWeeks->isChecked());
    const ShiftRecurrence::Pattern p = pattern();
    const QString invalid = ShiftRecurrence::validate(p);
    if (!invalid.isEmpty()) {
        m_preview->setText(FormHelpers::colored(invalid.toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    const QList<ShiftRecurrence::Slot> list = ShiftRecurrence::generate(p);
    QStringList dates;
    for (int i = 0; i < list.size() && i < 6; ++i)
        dates.append(list.at(i).start.date().toString(Qt::ISODate));
    if (list.size() > 6)
        dates.append(QStringLiteral("… ") + list.last().start.date().toString(Qt::ISODate));
    m_preview->setText(tr("%n shift(s) of %1 hours: %2", nullptr, int(list.size()))
                           .arg(QLocale().toString(list.first().hours(), 'g', 3), dates.join(QStringLiteral(", "))));
}

void ShiftPatternDialog::accept()
{
    const SaveResult r =
        RosterStore(m_db, m_scope)
            .generateShifts(m_post->currentData().toLongLong(), pattern(), m_needed->value(), &m_created);
    if (!r.ok) {
        m_preview->setText(FormHelpers::colored(r.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    m_patternId = r.id;
    QDialog::accept();
}
