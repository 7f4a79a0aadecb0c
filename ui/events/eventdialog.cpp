#include "eventdialog.h"

#include "models/events/eventphotos.h"
#include "models/events/eventstore.h"
#include "models/grids/gridstore.h"
#include "ui/common/datefield.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"
#include "ui/common/typeahead.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum VolunteerColumn { VolunteerName, VolunteerHours };

} // namespace

EventDialog::EventDialog(QSqlDatabase db, const AccessScope &scope, qint64 eventId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    m_event.id = eventId;
    FormGuard::install(this);
    setWindowTitle(eventId ? tr("Edit event") : tr("New event"));
    auto *columns = new QHBoxLayout;

    auto *left = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    form->addRow(tr("&Title:"), m_title);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    for (const ListEntry &t : EventStore(m_db, m_scope).types())
        m_type->addItem(t.name, t.id);
    form->addRow(tr("T&ype:"), m_type);
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("grid"));
    m_grid->addItem(tr("Community-wide"), 0);
    for (const Grid &g : GridStore(m_db, m_scope).grids())
        m_grid->addItem(g.name, g.id);
    form->addRow(tr("&Grid:"), m_grid);
    m_place = new QLineEdit(this);
    form->addRow(tr("&Place:"), m_place);
    const QDateTime start(QDate::currentDate(), QTime(9, 0));
    m_start = new QDateTimeEdit(start, this);
    DateField::tabLeaves(m_start);
    m_end = new QDateTimeEdit(start.addSecs(2 * 3600), this);
    DateField::tabLeaves(m_end);
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
    }
    m_start->setObjectName(QStringLiteral("start"));
    m_end->setObjectName(QStringLiteral("end"));
    // Moving the start keeps the event's length.
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &t) {
        if (m_end->dateTime() < t)
            m_end->setDateTime(t.addSecs(2 * 3600));
    });
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    m_organiser = new QLineEdit(this);
    form->addRow(tr("&Organiser:"), m_organiser);
    m_notes = new QPlainTextEdit(this);
    m_notes->setMaximumHeight(70);
    form->addRow(tr("&Notes:"), m_notes);
    left->addLayout(form);

    // Only events keep photos (files beside the database); what a meeting leaves is its minutes.
    auto *photoBox = new QGroupBox(tr("Photos"), this);
    auto *photoLayout = new QVBoxLayout(photoBox);
    m_photos = new QListWidget(photoBox);
    m_photos->setObjectName(QStringLiteral("photos"));
    m_photos->setMaximumHeight(110);
    photoLayout->addWidget(m_photos);
    auto *addPhotoButton = new QPushButton(tr("Add photo…"), photoBox);
    addPhotoButton->setObjectName(QStringLiteral("addPhoto"));
    connect(addPhotoButton, &QPushButton::clicked, this, &EventDialog::choosePhotos);
    photoLayout->addWidget(addPhotoButton, 0, Qt::AlignLeft);
    const EventPhotos store(m_db, m_scope, m_db.databaseName());
    if (!store.isAvailable()) {
        addPhotoButton->setEnabled(false);
        addPhotoButton->setToolTip(tr("Photos are kept beside a database file; this database has none."));
    }
    left->addWidget(photoBox);
    columns->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    m_participants = new AttendeeBox(
        m_db, m_scope,
        {tr("Participants"), tr("Add to participants"), tr("Others not listed (head count):"), tr("Total: %1")}, this);
    m_participants->picker()->chosen()->setObjectName(QStringLiteral("participants"));
    m_participants->picker()->headCountSpin()->setObjectName(QStringLiteral("extra"));
    right->addWidget(m_participants, 1);

    auto *volunteerBox = new QGroupBox(tr("Volunteers"), this);
    auto *vlayout = new QVBoxLayout(volunteerBox);
    m_volunteers = new QTableWidget(0, 2, volunteerBox);
    m_volunteers->setObjectName(QStringLiteral("volunteers"));
    m_volunteers->setHorizontalHeaderLabels({tr("Volunteer"), tr("Hours")});
    m_volunteers->horizontalHeader()->setSectionResizeMode(VolunteerName, QHeaderView::Stretch);
    m_volunteers->verticalHeader()->hide();
    m_volunteers->setMaximumHeight(120);
    vlayout->addWidget(m_volunteers);
    auto *vbuttons = new QHBoxLayout;
    auto *addVolunteer = new QPushButton(tr("Add volunteer"), volunteerBox);
    auto *removeVolunteer = new QPushButton(tr("Remove"), volunteerBox);
    const bool anyVolunteer = !EventStore(m_db, m_scope).volunteerChoices().isEmpty();
    addVolunteer->setEnabled(anyVolunteer);
    if (!anyVolunteer)
        addVolunteer->setToolTip(tr("No active volunteers yet; add them on the Volunteers page."));
    connect(addVolunteer, &QPushButton::clicked, this, [this] { addVolunteerRow(0, 0); });
    connect(removeVolunteer, &QPushButton::clicked, this, [this] {
        if (m_volunteers->currentRow() >= 0)
            m_volunteers->removeRow(m_volunteers->currentRow());
    });
    vbuttons->addWidget(addVolunteer);
    vbuttons->addWidget(removeVolunteer);
    vbuttons->addStretch(1);
    vbuttons->addWidget(new QLabel(tr("Hours 0 = the whole event"), volunteerBox));
    vlayout->addLayout(vbuttons);
    right->addWidget(volunteerBox);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    m_error = FormHelpers::addSaveButtons(this, layout);
    resize(980, 620);
    if (eventId)
        load();
}

void EventDialog::load()
{
    const EventStore store(m_db, m_scope);
    const auto e = store.event(m_event.id);
    if (!e)
        return;
    m_event = *e;
    m_title->setText(e->title);
    FormHelpers::selectEntry(m_type, e->typeId, [&store] { return store.types(true); });
    m_grid->setCurrentIndex(qMax(0, m_grid->findData(e->gridId)));
    m_place->setText(e->place);
    m_start->setDateTime(e->startsAt);
    m_end->setDateTime(e->endsAt);
    m_organiser->setText(e->organiser);
    m_notes->setPlainText(e->notes);
    m_participants->load(e->participantIds, e->extraParticipants);
    for (const Event::Volunteer &v : e->volunteers)
        addVolunteerRow(v.volunteerId, v.hours);
    for (const EventPhotos::Photo &p : EventPhotos(m_db, m_scope, m_db.databaseName()).photos(m_event.id)) {
        auto *item = new QListWidgetItem(p.fileName, m_photos);
        item->setToolTip(QDir::toNativeSeparators(p.path));
    }
}

void EventDialog::addVolunteerRow(qint64 volunteerId, double hours)
{
    const int row = m_volunteers->rowCount();
    m_volunteers->insertRow(row);
    auto *combo = new QComboBox(m_volunteers);
    const QList<EventStore::VolunteerChoice> choices = EventStore(m_db, m_scope).volunteerChoices();
    QHash<QString, int> sameName;
    for (const EventStore::VolunteerChoice &v : choices)
        ++sameName[v.name];
    for (const EventStore::VolunteerChoice &v : choices)
        combo->addItem(sameName.value(v.name) > 1 ? volunteerLabel(v) : v.name, v.id);
    TypeAhead::attach(combo);
    if (volunteerId && combo->findData(volunteerId) < 0)
        combo->addItem(tr("Volunteer %1").arg(volunteerId), volunteerId); // no longer active
    combo->setCurrentIndex(qMax(0, combo->findData(volunteerId)));
    m_volunteers->setCellWidget(row, VolunteerName, combo);
    auto *spin = new QDoubleSpinBox(m_volunteers);
    spin->setRange(0, 168);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    spin->setValue(hours);
    spin->setSpecialValueText(tr("whole event"));
    m_volunteers->setCellWidget(row, VolunteerHours, spin);
}

QString EventDialog::volunteerLabel(const EventStore::VolunteerChoice &v)
{
    // Two volunteers of one name: their age and home tell them apart.
    if (v.age >= 0 && !v.address.isEmpty())
        return tr("%1 (aged %2, %3)").arg(v.name).arg(v.age).arg(v.address);
    if (v.age >= 0)
        return tr("%1 (aged %2)").arg(v.name).arg(v.age);
    if (!v.address.isEmpty())
        return tr("%1 (%2)").arg(v.name, v.address);
    return v.phoneTail.isEmpty() ? tr("%1 (from outside)").arg(v.name)
                                 : tr("%1 (from outside, phone …%2)").arg(v.name, v.phoneTail);
}

void EventDialog::choosePhotos()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add photos"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.jpg *.jpeg *.png *.bmp *.gif *.heic);;All files (*)"));
    for (const QString &f : files)
        addPhoto(f);
}

void EventDialog::addPhoto(const QString &path)
{
    // Copied beside the database when the event is saved; the clerk's file is left alone.
    m_pendingPhotos.append(path);
    auto *item = new QListWidgetItem(tr("%1 (added on saving)").arg(QFileInfo(path).fileName()), m_photos);
    item->setToolTip(QDir::toNativeSeparators(path));
}

Event EventDialog::event() const
{
    Event e = m_event;
    e.title = m_title->text();
    e.typeId = m_type->currentData().toLongLong();
    e.gridId = m_grid->currentData().toLongLong();
    e.place = m_place->text();
    e.startsAt = m_start->dateTime();
    e.endsAt = m_end->dateTime();
    e.organiser = m_organiser->text();
    e.notes = m_notes->toPlainText();
    e.extraParticipants = m_participants->picker()->headCount();
    e.participantIds = m_participants->picker()->residentIds();
    e.volunteers.clear();
    for (int r = 0; r < m_volunteers->rowCount(); ++r) {
        const auto *combo = qobject_cast<QComboBox *>(m_volunteers->cellWidget(r, VolunteerName));
        const auto *spin = qobject_cast<QDoubleSpinBox *>(m_volunteers->cellWidget(r, VolunteerHours));
        if (combo && spin && combo->currentData().toLongLong() > 0)
            e.volunteers.append({combo->currentData().toLongLong(), spin->value(), QString()});
    }
    return e;
}

QString EventDialog::errorText() const
{
    return m_error->text();
}

void EventDialog::accept()
{
    Event e = event();
    const SaveResult result = EventStore(m_db, m_scope).save(e);
    if (!result.ok) {
        m_error->setText(FormHelpers::colored(result.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    m_event = e;
    EventPhotos photos(m_db, m_scope, m_db.databaseName());
    QStringList failed;
    for (const QString &path : std::as_const(m_pendingPhotos)) {
        const SaveResult r = photos.add(e.id, path);
        if (!r.ok)
            failed << r.firstMessage();
    }
    m_pendingPhotos.clear();
    if (!failed.isEmpty()) {
        // The event is saved; say which photos were not, and stay open.
        m_error->setText(
            FormHelpers::colored(failed.join(QLatin1Char('\n')).toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    QDialog::accept();
}
