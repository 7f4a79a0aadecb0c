#pragma once

#include "models/access/accessscope.h"
#include "models/forms/formlayout.h"

#include <functional>
#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

// 一表通: a street's form filled from the register. The clerk opens the form (.xlsx), checks the
// field each column receives (recognised from its title, or the mapping kept from last time),
// chooses the people (a saved view, a grid, a tag, a minimum age; full numbers only if the role
// allows, audited) and saves the filled copy; the form itself stays empty. Forms mapped before
// are listed for "Fill again" next month in one click.
class FormFillDialog final : public QDialog
{
    Q_OBJECT

public:
    // How a file is chosen (QFileDialog); tests answer instead. `save`: a file to write.
    using FileChooser = std::function<QString(QWidget *parent, bool save, const QString &suggested)>;
    static void setFileChooser(FileChooser chooser);

    FormFillDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    // Reads the form at `path` and shows its columns; false (and says why) when it cannot.
    bool loadTemplate(const QString &path);
    // Keeps the mapping and fills the form into `path`; false (and says why) when it fails.
    bool fillTo(const QString &path);

private:
    void openTemplate();
    void fillAndSave();
    void fillAgain();
    void reloadRemembered();
    void showLayout();
    void updateButtons();
    FormMapping currentMapping() const;
    FormPeople currentPeople() const;
    void setPeople(const FormPeople &people);
    QString suggestedOutput() const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    FormLayout m_layout;
    bool m_loaded = false;
    QListWidget *m_remembered = nullptr;
    QPushButton *m_fillAgain = nullptr;
    QLabel *m_form = nullptr;
    QTableWidget *m_mapping = nullptr;
    QComboBox *m_view = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_tag = nullptr;
    QSpinBox *m_minAge = nullptr;
    QCheckBox *m_fullNumbers = nullptr;
    QDateEdit *m_month = nullptr;
    QPushButton *m_fill = nullptr;
};
