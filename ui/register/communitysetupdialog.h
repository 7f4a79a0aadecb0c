#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class FormGuard;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

// 社区建档: a new office names its street and community and sets up grids, compounds and
// buildings (with grid and units) by hand; later it renames them or merges two buildings. Every
// button saves at once through PlaceStore / GridStore; the dialog only shows their refusals.
class CommunitySetupDialog final : public QDialog
{
    Q_OBJECT

public:
    CommunitySetupDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    // Whether anything was saved (the register reloads then).
    bool changed() const { return m_changed; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildCommunity();
    QWidget *buildGrids();
    QWidget *buildCompounds();
    QWidget *buildBuildings();
    void saveCommunity();
    void addGrid();
    void addCompound();
    void renameCompound();
    void addBuilding();
    void renameBuilding();
    void mergeBuilding();
    void mergeCompound();
    void reloadGrids();
    void reloadCompounds(qint64 select = 0);
    void reloadBuildings(qint64 select = 0);
    qint64 currentCompound() const;
    qint64 currentBuilding() const;
    bool report(const QString &error, QWidget *focus, const QString &done);
    void updateButtons();

    QSqlDatabase m_db;
    AccessScope m_scope;
    bool m_changed = false;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_community = nullptr;
    QListWidget *m_grids = nullptr;
    QLineEdit *m_gridCode = nullptr;
    QLineEdit *m_gridName = nullptr;
    QListWidget *m_compounds = nullptr;
    QLineEdit *m_compoundName = nullptr;
    QPushButton *m_renameCompound = nullptr;
    QComboBox *m_compoundMergeInto = nullptr;
    QPushButton *m_mergeCompound = nullptr;
    QListWidget *m_buildings = nullptr;
    QLineEdit *m_buildingName = nullptr;
    QComboBox *m_buildingGrid = nullptr;
    QSpinBox *m_units = nullptr;
    QPushButton *m_addBuilding = nullptr;
    QPushButton *m_renameBuilding = nullptr;
    QComboBox *m_mergeInto = nullptr;
    QPushButton *m_merge = nullptr;
    QLabel *m_message = nullptr;
    FormGuard *m_guard = nullptr;
};
