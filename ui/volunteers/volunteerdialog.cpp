#include "volunteerdialog.h"

#include "models/volunteers/dualreportstore.h"
#include "models/volunteers/volunteerstore.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

VolunteerDialog::VolunteerDialog(QSqlDatabase db, const AccessScope &scope, const Volunteer &volunteer, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_volunteer(volunteer)
{
    FormGuard::install(this);
    setWindowTitle(volunteer.id == 0 ? tr("New volunteer") : tr("Volunteer %1").arg(volunteer.name));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    auto *form = new QFormLayout;
    m_name = new QLineEdit(volunteer.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    form->addRow(tr("&Name:"), m_name);
    m_phone = new QLineEdit(volunteer.phone, this);
    form->addRow(tr("&Phone:"), m_phone);
    m_idNumber = new QLineEdit(volunteer.idNumber, this);
    if (volunteer.residentId > 0) {
        m_idNumber->setEnabled(false);
        m_idNumber->setPlaceholderText(tr("From the register"));
    }
    form->addRow(tr("&ID number:"), m_idNumber);
    m_skills = new QLineEdit(volunteer.skills, this);
    m_skills->setPlaceholderText(tr("e.g. first aid, driving"));
    form->addRow(tr("&Skills:"), m_skills);
    auto *days = new QHBoxLayout;
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), this);
        box->setChecked(volunteer.availableDays.isEmpty() || volunteer.availableDays.contains(d));
        days->addWidget(box);
        m_days.append(box);
    }
    form->addRow(tr("Available days:"), days);
    auto *hours = new QHBoxLayout;
    m_anyTime = new QCheckBox(tr("Any time"), this);
    m_anyTime->setChecked(!volunteer.availableFrom.isValid());
    m_from = new QTimeEdit(volunteer.availableFrom.isValid() ? volunteer.availableFrom : QTime(8, 0), this);
    m_to = new QTimeEdit(volunteer.availableTo.isValid() ? volunteer.availableTo : QTime(18, 0), this);
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));
    hours->addWidget(m_anyTime);
    hours->addWidget(m_from);
    hours->addWidget(new QLabel(QStringLiteral("–"), this));
    hours->addWidget(m_to);
    hours->addStretch();
    auto syncHours = [this] {
        m_from->setEnabled(!m_anyTime->isChecked());
        m_to->setEnabled(!m_anyTime->isChecked());
    };
    connect(m_anyTime, &QCheckBox::toggled, this, syncHours);
    syncHours();
    form->addRow(tr("Available hours:"), hours);
    m_availability = new QLineEdit(volunteer.availability, this);
    m_availability->setPlaceholderText(tr("e.g. not in school holidays"));
    form->addRow(tr("A&vailability note:"), m_availability);
    m_joined = FormHelpers::optionalDateEdit(this);
    FormHelpers::setOptionalDate(m_joined, volunteer.joinedOn.isValid() ? volunteer.joinedOn : QDate::currentDate());
    form->addRow(tr("&Joined:"), m_joined);
    m_status = new QComboBox(this);
    for (const QString &code : Volunteer::statusCodes())
        m_status->addItem(Volunteer::statusLabel(code), code);
    m_status->setCurrentIndex(qMax(0, m_status->findData(volunteer.status)));
    form->addRow(tr("S&tatus:"), m_status);
    m_workUnit = new QLineEdit(volunteer.workUnit, this);
    form->addRow(tr("&Work unit:"), m_workUnit);
    // In-service party members reporting to the community: their hours are totalled per work unit.
    m_dualReport = new QCheckBox(tr("&Dual report: in-service party member serving here"), this);
    m_dualReport->setObjectName(QStringLiteral("dualReport"));
    m_dualReport->setChecked(volunteer.id > 0 && DualReportStore(m_db, m_scope).isDualReport(volunteer.id));
    form->addRow(QString(), m_dualReport);
    m_notes = new QPlainTextEdit(volunteer.notes, this);
    m_notes->setMaximumHeight(60);
    form->addRow(tr("N&otes:"), m_notes);
    columns->addLayout(form, 3);

    auto *teamBox = new QVBoxLayout;
    teamBox->addWidget(new QLabel(tr("Teams:"), this));
    m_teams = new QListWidget(this);
    for (const VolunteerTeam &t : VolunteerStore(m_db, m_scope).teams()) {
        auto *item = new QListWidgetItem(t.name, m_teams);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(volunteer.teamIds.contains(t.id) ? Qt::Checked : Qt::Unchecked);
    }
    teamBox->addWidget(m_teams);
    columns->addLayout(teamBox, 2);
    layout->addLayout(columns);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &VolunteerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VolunteerDialog::reject);
    layout->addWidget(buttons);
}

Volunteer VolunteerDialog::volunteer() const
{
    Volunteer v = m_volunteer;
    v.name = m_name->text().trimmed();
    v.phone = m_phone->text().trimmed();
    if (v.residentId <= 0)
        v.idNumber = m_idNumber->text().trimmed();
    v.skills = m_skills->text().trimmed();
    v.availability = m_availability->text().trimmed();
    v.availableDays.clear();
    for (int d = 0; d < m_days.size(); ++d)
        if (m_days.at(d)->isChecked())
            v.availableDays.append(d + 1);
    if (v.availableDays.size() == 7)
        v.availableDays.clear(); // every day: no restriction
    v.availableFrom = m_anyTime->isChecked() ? QTime() : m_from->time();
    v.availableTo = m_anyTime->isChecked() ? QTime() : m_to->time();
    v.joinedOn = FormHelpers::optionalDate(m_joined);
    v.status = m_status->currentData().toString();
    v.workUnit = m_workUnit->text().trimmed();
    v.notes = m_notes->toPlainText().trimmed();
    v.teamIds.clear();
    for (int i = 0; i < m_teams->count(); ++i)
        if (m_teams->item(i)->checkState() == Qt::Checked)
            v.teamIds.append(m_teams->item(i)->data(Qt::UserRole).toLongLong());
    return v;
}

void VolunteerDialog::accept()
{
    Volunteer v = volunteer();
    if (v.availableDays.isEmpty() && !m_days.first()->isChecked()) {
        bool any = false;
        for (QCheckBox *b : std::as_const(m_days))
            any = any || b->isChecked();
        if (!any) {
            m_message->setText(
                FormHelpers::colored(tr("Available days: please tick at least one day."), FormHelpers::errorColor()));
            return;
        }
    }
    const SaveResult r = DualReportStore(m_db, m_scope).saveVolunteer(v, m_dualReport->isChecked());
    if (!r.ok) {
        m_message->setText(FormHelpers::colored(r.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    m_volunteer = v;
    QDialog::accept();
}
