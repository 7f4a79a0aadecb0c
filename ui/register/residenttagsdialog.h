#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class TypedValueEditors;

// A resident's tags over time: every period with its dates and values; a tag started on a date
// with its attributes (typed editors), its values changed, or ended on a date. Each button saves
// at once through ResidentTags; the dialog only shows its refusals, under the field they name.
class ResidentTagsDialog final : public QDialog
{
    Q_OBJECT

public:
    ResidentTagsDialog(QSqlDatabase db, const AccessScope &scope, qint64 residentId, QWidget *parent = nullptr);

    bool changed() const { return m_changed; }

private:
    void reload();
    void tagChosen();
    void startTag();
    void saveValues();
    void endTag();
    bool report(const QList<QString> &errors, const QString &done);
    qint64 chosenTag() const;
    bool chosenIsCurrent() const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    qint64 m_residentId = 0;
    bool m_changed = false;
    QListWidget *m_periods = nullptr;
    QComboBox *m_tag = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    TypedValueEditors *m_values = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_saveValues = nullptr;
    QPushButton *m_endButton = nullptr;
    QLabel *m_message = nullptr;
};
