#include "reporttemplatedialog.h"

#include "ui/common/formguard.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

} // namespace

ReportTemplateDialog::ReportTemplateDialog(const ReportTemplate &reportTemplate, QWidget *parent)
    : QDialog(parent)
{
    FormGuard::install(this);
    setWindowTitle(tr("Monthly report template"));
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setToolTip(tr("%1 is replaced by the community, %2 by the month."));
    m_subtitle = new QLineEdit(this);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_left = new QPlainTextEdit(this);
    m_right = new QPlainTextEdit(this);
    for (QPlainTextEdit *e : {m_left, m_right}) {
        e->setTabChangesFocus(true);
        e->setFixedHeight(fontMetrics().lineSpacing() * 4);
    }
    m_preparedBy = new QLineEdit(this);
    m_preparedBy->setObjectName(QStringLiteral("preparedBy"));
    m_reviewedBy = new QLineEdit(this);
    m_reviewedBy->setObjectName(QStringLiteral("reviewedBy"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Subtitle:"), m_subtitle);
    form->addRow(tr("Lines on the &left:"), m_left);
    form->addRow(tr("Lines on the &right:"), m_right);
    form->addRow(tr("&Prepared by:"), m_preparedBy);
    form->addRow(tr("Re&viewed by:"), m_reviewedBy);
    m_summary = new QCheckBox(tr("Summary figures"), this);
    m_gridTable = new QCheckBox(tr("Table by grid"), this);
    m_gridWork = new QCheckBox(tr("Visits, errands and deliberation by grid"), this);
    m_gridWork->setObjectName(QStringLiteral("gridWork"));
    m_charts = new QCheckBox(tr("Charts"), this);
    m_birthdays = new QCheckBox(tr("Next month's birthdays"), this);
    m_notable = new QCheckBox(tr("Notable cases"), this);
    m_charts->setObjectName(QStringLiteral("charts"));
    auto *sections = new QVBoxLayout;
    for (QCheckBox *c : {m_summary, m_gridTable, m_gridWork, m_charts, m_birthdays, m_notable})
        sections->addWidget(c);
    form->addRow(tr("Sections:"), sections);
    m_byArea = new QCheckBox(tr("Sum the grids per area, each area followed by its grids"), this);
    m_byArea->setObjectName(QStringLiteral("byArea"));
    form->addRow(tr("Areas:"), m_byArea);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { show(ReportTemplate::defaults()); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    show(reportTemplate);
    resize(520, sizeHint().height());
}

void ReportTemplateDialog::show(const ReportTemplate &t)
{
    m_title->setText(t.title);
    m_subtitle->setText(t.subtitle);
    m_left->setPlainText(t.headerLeft.join(QLatin1Char('\n')));
    m_right->setPlainText(t.headerRight.join(QLatin1Char('\n')));
    m_preparedBy->setText(t.preparedBy);
    m_reviewedBy->setText(t.reviewedBy);
    m_summary->setChecked(t.summary);
    m_gridTable->setChecked(t.gridTable);
    m_gridWork->setChecked(t.gridWork);
    m_charts->setChecked(t.charts);
    m_birthdays->setChecked(t.birthdays);
    m_notable->setChecked(t.notableCases);
    m_byArea->setChecked(t.byArea);
}

ReportTemplate ReportTemplateDialog::reportTemplate() const
{
    ReportTemplate t;
    t.title = m_title->text().trimmed();
    t.subtitle = m_subtitle->text().trimmed();
    t.headerLeft = lines(m_left);
    t.headerRight = lines(m_right);
    t.preparedBy = m_preparedBy->text().trimmed();
    t.reviewedBy = m_reviewedBy->text().trimmed();
    t.summary = m_summary->isChecked();
    t.gridTable = m_gridTable->isChecked();
    t.gridWork = m_gridWork->isChecked();
    t.charts = m_charts->isChecked();
    t.birthdays = m_birthdays->isChecked();
    t.notableCases = m_notable->isChecked();
    t.byArea = m_byArea->isChecked();
    return t;
}
