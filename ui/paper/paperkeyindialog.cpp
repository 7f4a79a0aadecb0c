#include "paperkeyindialog.h"
#include "ui/common/formguard.h"

#include "models/paper/paperkeyin.h"
#include "ui/common/datefield.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

PaperKeyInDialog::PaperKeyInDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    setWindowTitle(tr("Key in a returned sheet"));
    m_sheet = new QLineEdit(this);
    m_sheet->setObjectName(QStringLiteral("sheetCode"));
    m_sheet->setPlaceholderText(tr("Type or scan the code at the top of the sheet"));
    m_sheetInfo = new QLabel(this);
    m_sheetInfo->setWordWrap(true);
    m_rows = new QPlainTextEdit(this);
    m_rows->setObjectName(QStringLiteral("rowCodes"));
    // The hint under the field rather than as its placeholder, which does not wrap and was cut
    // off at 1366x768.
    auto *rowsHint = new QLabel(tr("The codes of the ticked rows, separated by spaces or one a line"), this);
    rowsHint->setObjectName(QStringLiteral("rowCodesHint"));
    rowsHint->setWordWrap(true);
    rowsHint->setForegroundRole(QPalette::PlaceholderText);
    m_rows->setTabChangesFocus(true);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("visitDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());
    DateField::tabLeaves(m_date);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("keyInResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Sheet code:"), m_sheet);
    form->addRow(QString(), m_sheetInfo);
    form->addRow(tr("&Ticked rows:"), m_rows);
    form->addRow(QString(), rowsHint);
    form->addRow(tr("&Day of the visits:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_record = buttons->addButton(tr("&Record"), QDialogButtonBox::ApplyRole);
    m_record->setEnabled(false);
    // A scanner ends the sheet code with Enter: that must move on, not press a button.
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_sheet, &QLineEdit::textChanged, this, &PaperKeyInDialog::sheetChanged);
    // A scanner ends the code with Enter: go on to the row codes.
    connect(m_sheet, &QLineEdit::returnPressed, m_rows, qOverload<>(&QWidget::setFocus));
    connect(m_record, &QPushButton::clicked, this, &PaperKeyInDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    sheetChanged();
    resize(520, 420);
    FormGuard::install(this); // Esc asks before keyed row codes are lost; Tab leaves the date
}

void PaperKeyInDialog::sheetChanged()
{
    if (m_sheet->text().trimmed().isEmpty()) {
        m_sheetInfo->clear();
        m_record->setEnabled(false);
        return;
    }
    bool found = false;
    m_sheetInfo->setText(PaperKeyIn(m_db, m_scope).describe(m_sheet->text(), &found));
    m_record->setEnabled(found);
}

void PaperKeyInDialog::record()
{
    const QStringList codes =
        m_rows->toPlainText().split(QRegularExpression(QStringLiteral("[\\s,;，；、]+")), Qt::SkipEmptyParts);
    if (codes.isEmpty()) {
        m_result->setText(tr("Ticked rows: type the code of each row ticked on the sheet."));
        m_rows->setFocus();
        return;
    }
    const PaperKeyIn::Result r = PaperKeyIn(m_db, m_scope).keyIn(m_sheet->text(), codes, m_date->date());
    if (!r.ok) {
        m_result->setText(r.problems.join(QLatin1Char('\n')));
        m_rows->setFocus();
        return;
    }
    QString text = tr("%n row(s) recorded.", nullptr, r.recorded);
    if (r.alreadyKeyed)
        text += QLatin1Char(' ') + tr("%n row(s) had been keyed before and were skipped.", nullptr, r.alreadyKeyed);
    if (!r.recordedRows.isEmpty())
        text += QLatin1Char('\n') + r.recordedRows.join(QStringLiteral("、"));
    m_result->setText(text);
    m_rows->clear();
    sheetChanged();
    // Saved at once: what the form shows now is no unsaved change (Esc closes without asking).
    if (auto *guard = findChild<FormGuard *>(QStringLiteral("formGuard"), Qt::FindDirectChildrenOnly))
        guard->markSaved();
}
