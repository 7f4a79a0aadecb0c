#pragma once

#include "models/core/fielderror.h"
#include "models/register/registerlookups.h"
#include "models/register/resident.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

// The fields of one resident, with a message under each field. Embedded in the household
// dialog and the resident dialog. ID numbers fill birth date and gender as they are typed.
class ResidentForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ResidentForm(QWidget *parent = nullptr);

    void setTags(const QList<RegisterLookups::Item> &tags);
    void setResident(const Resident &resident);
    Resident resident() const;
    void clear();
    bool isBlank() const;

    // Messages whose field starts with `prefix` are shown under their fields; the first error
    // field takes the focus. Returns how many were shown.
    int showMessages(const QList<FieldError> &errors, const QList<FieldError> &warnings,
                     const QString &prefix = QString());
    void clearMessages();
    void focusFirstField();

signals:
    void openResidentRequested(qint64 residentId);

private:
    void idNumberEdited();
    void setIdInfo(const QString &html);
    void addRow(const QString &label, QWidget *field, const QString &key);
    void setMessage(const QString &key, const QString &text, bool isError);

    Resident m_resident; // keeps id, household and version across edits
    QFormLayout *m_layout = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLabel *m_idInfo = nullptr;
    QDateEdit *m_birthDate = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_relation = nullptr;
    QComboBox *m_residency = nullptr;
    QLineEdit *m_ethnicity = nullptr;
    QWidget *m_tagBox = nullptr;
    QList<QCheckBox *> m_tagChecks;
    QLineEdit *m_notes = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_messages;
};
