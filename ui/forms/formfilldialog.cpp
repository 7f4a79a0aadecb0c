#include "formfilldialog.h"
#include "ui/common/formguard.h"

#include "models/formmaps/formmappingstore.h"
#include "models/forms/formfield.h"
#include "models/forms/formfiller.h"
#include "models/register/registerlookups.h"
#include "models/workspace/appsettings.h"
#include "models/workspace/savedviewstore.h"
#include "ui/common/longwork.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString chooseWithDialog(QWidget *parent, bool save, const QString &suggested)
{
    const QString filter = FormFillDialog::tr("Excel workbook (*.xlsx)");
    return save ? QFileDialog::getSaveFileName(parent, FormFillDialog::tr("Save the filled form"), suggested, filter)
                : QFileDialog::getOpenFileName(parent, FormFillDialog::tr("Open the street's form"), suggested, filter);
}

FormFillDialog::FileChooser &chooser()
{
    static FormFillDialog::FileChooser choose = chooseWithDialog;
    return choose;
}

QComboBox *fieldBox(const QString &kind, const QString &current, const QList<RegisterLookups::Item> &tags,
                    QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(FormField::label(QString()), QString());
    if (kind == QLatin1String("counts")) {
        for (const QString &code : FormField::countFields())
            box->addItem(FormField::label(code), code);
    } else {
        for (const QString &code : FormField::peopleFields())
            box->addItem(FormField::label(code), code);
        for (const RegisterLookups::Item &tag : tags)
            box->addItem(FormFillDialog::tr("Carries the tag %1 (是)").arg(tag.name), FormField::tagField(tag.name));
    }
    if (!current.isEmpty() && box->findData(current) < 0)
        box->addItem(FormField::label(current), current); // a tag since renamed or archived
    const int index = box->findData(current);
    box->setCurrentIndex(index >= 0 ? index : 0);
    return box;
}

} // namespace

void FormFillDialog::setFileChooser(FileChooser c)
{
    chooser() = c ? std::move(c) : FileChooser(chooseWithDialog);
}

FormFillDialog::FormFillDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    setWindowTitle(tr("Fill a street form (一表通)"));
    auto *layout = new QVBoxLayout(this);

    auto *again = new QGroupBox(tr("Forms filled before"), this);
    auto *againLayout = new QHBoxLayout(again);
    m_remembered = new QListWidget(again);
    m_remembered->setObjectName(QStringLiteral("rememberedForms"));
    againLayout->addWidget(m_remembered, 1);
    m_fillAgain = new QPushButton(tr("Fill aga&in"), again);
    m_fillAgain->setObjectName(QStringLiteral("fillAgain"));
    m_fillAgain->setToolTip(tr("Fills the chosen form with the same columns and people, into a new file beside "
                               "the last one."));
    againLayout->addWidget(m_fillAgain, 0, Qt::AlignTop);
    layout->addWidget(again);

    auto *formRow = new QHBoxLayout;
    auto *open = new QPushButton(tr("&Open the form…"), this);
    open->setObjectName(QStringLiteral("openTemplate"));
    formRow->addWidget(open);
    m_form = new QLabel(tr("Open the .xlsx form the street sent."), this);
    m_form->setObjectName(QStringLiteral("formSummary"));
    m_form->setWordWrap(true);
    formRow->addWidget(m_form, 1);
    layout->addLayout(formRow);

    m_mapping = new QTableWidget(0, 2, this);
    m_mapping->setObjectName(QStringLiteral("columnMapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Column of the form"), tr("Filled with")});
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->setVisible(false);
    layout->addWidget(m_mapping, 1);

    auto *people = new QGroupBox(tr("People"), this);
    auto *form = new QFormLayout(people);
    m_view = new QComboBox(people);
    m_view->setObjectName(QStringLiteral("savedView"));
    m_view->addItem(tr("Everyone living here"), 0);
    for (const SavedView &v : SavedViewStore(m_db, m_scope).views(QStringLiteral("register")))
        m_view->addItem(v.name, v.id);
    form->addRow(tr("Saved &view:"), m_view);
    const RegisterLookups lookups(m_db, m_scope);
    m_grid = new QComboBox(people);
    m_grid->setObjectName(QStringLiteral("grid"));
    m_grid->addItem(tr("Every grid"), 0);
    for (const RegisterLookups::Item &g : lookups.grids())
        m_grid->addItem(g.name, g.id);
    form->addRow(tr("&Grid:"), m_grid);
    m_tag = new QComboBox(people);
    m_tag->setObjectName(QStringLiteral("tag"));
    m_tag->addItem(tr("Any group"), 0);
    for (const RegisterLookups::Item &t : lookups.tags())
        m_tag->addItem(t.name, t.id);
    form->addRow(tr("&Tag:"), m_tag);
    m_minAge = new QSpinBox(people);
    m_minAge->setObjectName(QStringLiteral("minAge"));
    m_minAge->setRange(-1, 130);
    m_minAge->setSpecialValueText(tr("any"));
    m_minAge->setValue(-1);
    form->addRow(tr("&Aged at least:"), m_minAge);
    m_fullNumbers = new QCheckBox(tr("Write full ID and phone numbers (the street needs them; recorded in the "
                                     "audit log)"),
                                  people);
    m_fullNumbers->setObjectName(QStringLiteral("fullNumbers"));
    m_fullNumbers->setEnabled(m_scope.canRevealNumbers());
    if (!m_scope.canRevealNumbers())
        m_fullNumbers->setToolTip(tr("Your role may not see full numbers; they are written masked."));
    form->addRow(QString(), m_fullNumbers);
    m_month = new QDateEdit(QDate::currentDate(), people);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    form->addRow(tr("&Month (counts forms):"), m_month);
    layout->addWidget(people);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_fill = buttons->addButton(tr("&Fill and save as…"), QDialogButtonBox::ActionRole);
    m_fill->setObjectName(QStringLiteral("fillForm"));
    layout->addWidget(buttons);

    connect(open, &QPushButton::clicked, this, &FormFillDialog::openTemplate);
    connect(m_fill, &QPushButton::clicked, this, &FormFillDialog::fillAndSave);
    connect(m_fillAgain, &QPushButton::clicked, this, &FormFillDialog::fillAgain);
    connect(m_remembered, &QListWidget::currentRowChanged, this, &FormFillDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reloadRemembered();
    updateButtons();
    resize(720, 640);
    FormGuard::install(this); // Esc asks before a mapping being set up is lost
}

void FormFillDialog::reloadRemembered()
{
    m_remembered->clear();
    for (const RememberedForm &f : FormMappingStore(m_db, m_scope).forms()) {
        const QString when = f.filledAt.isValid() ? f.filledAt.date().toString(Qt::ISODate) : tr("never filled");
        auto *item = new QListWidgetItem(
            tr("%1 (%2) — last filled: %3")
                .arg(f.title.isEmpty() ? f.sheet : f.title, QFileInfo(f.templatePath).fileName(), when),
            m_remembered);
        item->setData(Qt::UserRole, f.fingerprint);
        item->setToolTip(QDir::toNativeSeparators(f.templatePath));
    }
    if (m_remembered->count() > 0)
        m_remembered->setCurrentRow(0);
}

void FormFillDialog::updateButtons()
{
    m_fill->setEnabled(m_loaded);
    m_fillAgain->setEnabled(m_remembered->currentRow() >= 0);
    const bool counts = m_loaded && m_layout.kind == FormLayout::Kind::Counts;
    m_view->setEnabled(!counts);
    m_grid->setEnabled(!counts);
    m_tag->setEnabled(!counts);
    m_minAge->setEnabled(!counts);
    m_month->setEnabled(counts);
}

void FormFillDialog::openTemplate()
{
    const QString path = chooser()(this, false, QString());
    if (!path.isEmpty())
        loadTemplate(path);
}

bool FormFillDialog::loadTemplate(const QString &path)
{
    FormLayout layout;
    QString error;
    if (!FormLayout::read(path, &layout, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    m_layout = layout;
    m_loaded = true;
    showLayout();
    return true;
}

void FormFillDialog::showLayout()
{
    const std::optional<RememberedForm> remembered = FormMappingStore(m_db, m_scope).find(m_layout.fingerprint);
    const FormMapping mapping = remembered ? remembered->mapping : m_layout.guessMapping();
    if (remembered)
        setPeople(remembered->people);
    const QString kind = m_layout.kindCode();
    m_form->setText(
        (m_layout.kind == FormLayout::Kind::Counts
             ? tr("%1, sheet %2: a form of counts, %n row(s) named.", nullptr, int(m_layout.rowLabels.size()))
             : tr("%1, sheet %2: a list of people, header on row %3; people from row %4.")
                   .arg(QString::number(m_layout.headerRow), QString::number(m_layout.dataRow)))
            .arg(m_layout.title.isEmpty() ? QFileInfo(m_layout.path).fileName() : m_layout.title, m_layout.sheetName) +
        (remembered ? QLatin1Char(' ') + tr("The columns are matched as last time.") : QString()));
    const QList<RegisterLookups::Item> tags = RegisterLookups(m_db, m_scope).tags();
    m_mapping->setRowCount(0);
    for (int c = 0; c < m_layout.titles.size(); ++c) {
        const QString title = m_layout.titles.at(c);
        if (title.isEmpty() && mapping.columns.value(c).isEmpty())
            continue;
        const int row = m_mapping->rowCount();
        m_mapping->insertRow(row);
        auto *item = new QTableWidgetItem(QStringLiteral("%1  %2").arg(FormField::tr("Column %1").arg(c + 1), title));
        item->setData(Qt::UserRole, c);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(row, 0, item);
        auto *box = fieldBox(kind, mapping.columns.value(c), tags, m_mapping);
        box->setObjectName(QStringLiteral("field%1").arg(c));
        m_mapping->setCellWidget(row, 1, box);
    }
    updateButtons();
}

FormMapping FormFillDialog::currentMapping() const
{
    FormMapping mapping;
    for (int c = 0; c < m_layout.titles.size(); ++c)
        mapping.columns << QString();
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const int column = m_mapping->item(row, 0)->data(Qt::UserRole).toInt();
        const auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1));
        const QString code = box ? box->currentData().toString() : QString();
        while (mapping.columns.size() <= column)
            mapping.columns << QString();
        mapping.columns[column] = code;
    }
    return mapping;
}

FormPeople FormFillDialog::currentPeople() const
{
    FormPeople p;
    p.savedViewId = m_view->currentData().toLongLong();
    p.gridId = m_grid->currentData().toLongLong();
    p.tagId = m_tag->currentData().toLongLong();
    p.minAge = m_minAge->value();
    p.fullNumbers = m_fullNumbers->isChecked() && m_scope.canRevealNumbers();
    return p;
}

void FormFillDialog::setPeople(const FormPeople &people)
{
    const auto select = [](QComboBox *combo, qint64 id) {
        const int index = combo->findData(id);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    select(m_view, people.savedViewId);
    select(m_grid, people.gridId);
    select(m_tag, people.tagId);
    m_minAge->setValue(people.minAge);
    m_fullNumbers->setChecked(people.fullNumbers && m_scope.canRevealNumbers());
}

QString FormFillDialog::suggestedOutput() const
{
    const QFileInfo info(m_layout.path);
    const QString month = (m_layout.kind == FormLayout::Kind::Counts ? m_month->date() : QDate::currentDate())
                              .toString(QStringLiteral("yyyy-MM"));
    QString name = info.dir().filePath(info.completeBaseName() + QLatin1Char('-') + month + QStringLiteral(".xlsx"));
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = info.dir().filePath(info.completeBaseName() + QLatin1Char('-') + month +
                                   QStringLiteral(" (%1).xlsx").arg(n));
    return name;
}

void FormFillDialog::fillAndSave()
{
    if (!m_loaded)
        return;
    const QString path = chooser()(this, true, suggestedOutput());
    if (!path.isEmpty())
        fillTo(path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".xlsx"));
}

bool FormFillDialog::fillTo(const QString &path)
{
    const FormMapping mapping = currentMapping();
    const FormPeople people = currentPeople();
    RememberedForm remembered;
    remembered.fingerprint = m_layout.fingerprint;
    remembered.title = m_layout.title;
    remembered.sheet = m_layout.sheetName;
    remembered.kind = m_layout.kindCode();
    remembered.mapping = mapping;
    remembered.people = people;
    remembered.templatePath = m_layout.path;
    LongWork work(tr("Fill a street form"), tr("Filling the form from the register…"), this);
    work.step(-1.0);
    // A viewer fills the form but keeps no mapping (viewers change nothing).
    if (m_scope.canEdit()) {
        const SaveResult kept = FormMappingStore(m_db, m_scope).remember(remembered);
        if (!kept.ok) {
            work.fail(kept.firstMessage());
            return false;
        }
    }
    FormFiller filler(m_db, m_scope);
    filler.setElderlyAge(AppSettings::elderlyAge());
    filler.setMonth(m_month->date().year(), m_month->date().month());
    QString error;
    if (!filler.fill(m_layout, mapping, people, path, &error)) {
        work.fail(error);
        return false;
    }
    reloadRemembered();
    // The mapping is remembered: closing the dialog now loses nothing.
    if (auto *guard = findChild<FormGuard *>(QStringLiteral("formGuard"), Qt::FindDirectChildrenOnly))
        guard->markSaved();
    QString message =
        m_layout.kind == FormLayout::Kind::Counts
            ? tr("The form's figures are filled in %1.").arg(QDir::toNativeSeparators(path))
            : tr("%n resident(s) written to %1.", nullptr, filler.rowsWritten()).arg(QDir::toNativeSeparators(path));
    if (!filler.unknownRows().isEmpty())
        message += QLatin1Char('\n') + tr("Rows left as they were (no grid, age band or tag of that name): %1")
                                           .arg(filler.unknownRows().join(QStringLiteral("、")));
    work.finish(message, path);
    return true;
}

void FormFillDialog::fillAgain()
{
    QListWidgetItem *item = m_remembered->currentItem();
    if (!item)
        return;
    const std::optional<RememberedForm> form =
        FormMappingStore(m_db, m_scope).find(item->data(Qt::UserRole).toString());
    if (!form)
        return;
    if (!QFileInfo::exists(form->templatePath)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The form %1 is no longer where it was; open it again with \"Open the form…\".")
                                 .arg(QDir::toNativeSeparators(form->templatePath)));
        return;
    }
    if (!loadTemplate(form->templatePath))
        return;
    if (m_layout.fingerprint != form->fingerprint) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The form %1 has changed its columns since; check them and fill it with \"Fill and "
                                "save as…\".")
                                 .arg(QFileInfo(form->templatePath).fileName()));
        return;
    }
    // Next month's copy goes beside the last one.
    QString target = suggestedOutput();
    if (!form->lastOutput.isEmpty() && QFileInfo(form->lastOutput).dir().exists())
        target = QFileInfo(form->lastOutput).dir().filePath(QFileInfo(target).fileName());
    fillTo(target);
}
