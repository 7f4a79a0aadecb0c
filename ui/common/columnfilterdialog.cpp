#include "columnfilterdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ColumnFilterDialog::ColumnFilterDialog(const QString &column, bool hasText,
                                       const QList<std::pair<QString, QString>> &choices, const QString &contains,
                                       const QStringList &picked, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Filter: %1").arg(column));
    auto *layout = new QVBoxLayout(this);
    if (hasText) {
        auto *form = new QFormLayout;
        m_contains = new QLineEdit(contains, this);
        m_contains->setObjectName(QStringLiteral("filterContains"));
        m_contains->setClearButtonEnabled(true);
        form->addRow(tr("&Contains:"), m_contains);
        layout->addLayout(form);
    }
    if (!choices.isEmpty()) {
        auto *all = new QCheckBox(tr("Select &all"), this);
        all->setObjectName(QStringLiteral("filterAll"));
        layout->addWidget(all);
        m_values = new QListWidget(this);
        m_values->setObjectName(QStringLiteral("filterValues"));
        for (const auto &[value, label] : choices) {
            auto *item = new QListWidgetItem(label, m_values);
            item->setData(Qt::UserRole, value);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(picked.isEmpty() || picked.contains(value) ? Qt::Checked : Qt::Unchecked);
        }
        all->setChecked(picked.isEmpty());
        connect(all, &QCheckBox::clicked, this, [this](bool on) {
            for (int i = 0; i < m_values->count(); ++i)
                m_values->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        });
        // Space ticks the current value; Enter is left to the dialog's OK.
        layout->addWidget(m_values, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *clear = buttons->addButton(tr("C&lear filter"), QDialogButtonBox::ResetRole);
    clear->setObjectName(QStringLiteral("clearFilter"));
    connect(clear, &QPushButton::clicked, this, [this] {
        if (m_contains)
            m_contains->clear();
        if (m_values)
            for (int i = 0; i < m_values->count(); ++i)
                m_values->item(i)->setCheckState(Qt::Checked);
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ColumnFilterDialog::contains() const
{
    return m_contains ? m_contains->text().simplified() : QString();
}

QStringList ColumnFilterDialog::picked() const
{
    QStringList values;
    if (!m_values)
        return values;
    for (int i = 0; i < m_values->count(); ++i)
        if (m_values->item(i)->checkState() == Qt::Checked)
            values << m_values->item(i)->data(Qt::UserRole).toString();
    return values.size() == m_values->count() ? QStringList() : values;
}
