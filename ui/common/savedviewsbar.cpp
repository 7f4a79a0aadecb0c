#include "savedviewsbar.h"

#include "filtermemory.h"
#include "models/workspace/savedviewstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>

SavedViewsBar::SavedViewsBar(QSqlDatabase db, const AccessScope &scope, const QString &list,
                             std::function<QString()> capture, std::function<void(const QString &)> apply,
                             QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_list(list)
    , m_capture(std::move(capture))
    , m_apply(std::move(apply))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("savedViews"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("Open a view saved by anyone in the office: its filter and columns"));
    auto *label = new QLabel(tr("Saved vie&w:"), this);
    label->setBuddy(m_combo);
    row->addWidget(label);
    row->addWidget(m_combo);
    m_menuButton = new QToolButton(this);
    m_menuButton->setObjectName(QStringLiteral("savedViewsMenu"));
    m_menuButton->setText(tr("Views"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_menuButton);
    QAction *save = menu->addAction(tr("Save the current view…"), this, &SavedViewsBar::saveCurrent);
    save->setObjectName(QStringLiteral("saveView"));
    QAction *rename = menu->addAction(tr("Rename this view…"), this, &SavedViewsBar::renameCurrent);
    rename->setObjectName(QStringLiteral("renameView"));
    QAction *archive = menu->addAction(tr("Delete this view…"), this, &SavedViewsBar::archiveCurrent);
    archive->setObjectName(QStringLiteral("deleteView"));
    // A viewer opens the office's views but keeps none (SavedViewStore refuses the same).
    connect(menu, &QMenu::aboutToShow, this, [this, save, rename, archive] {
        save->setEnabled(m_scope.canEdit());
        rename->setEnabled(m_scope.canEdit() && currentId() != 0);
        archive->setEnabled(m_scope.canEdit() && currentId() != 0);
    });
    m_menuButton->setMenu(menu);
    row->addWidget(m_menuButton);
    reload();
    connect(m_combo, &QComboBox::activated, this, &SavedViewsBar::chosen);
}

void SavedViewsBar::reload()
{
    const qint64 current = currentId();
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("(none)"), 0);
    for (const SavedView &v : SavedViewStore(m_db, m_scope).views(m_list)) {
        m_combo->addItem(v.name, v.id);
        m_combo->setItemData(m_combo->count() - 1, v.state, Qt::UserRole + 1);
    }
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(current)));
}

qint64 SavedViewsBar::currentId() const
{
    return m_combo->currentData().toLongLong();
}

void SavedViewsBar::chosen(int index)
{
    const QString state = m_combo->itemData(index, Qt::UserRole + 1).toString();
    if (state.isEmpty())
        return;
    m_apply(state);
    emit statusMessage(tr("View %1 opened.").arg(m_combo->itemText(index)));
}

QString SavedViewsBar::saveAs(const QString &name)
{
    const SaveResult r = SavedViewStore(m_db, m_scope).save(m_list, name, m_capture());
    if (!r.ok)
        return r.firstMessage();
    reload();
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(r.id)));
    emit statusMessage(tr("View %1 saved.").arg(m_combo->currentText()));
    return QString();
}

void SavedViewsBar::saveCurrent()
{
    QString name = currentId() ? m_combo->currentText() : QString();
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Save the current view"),
                                     tr("Name of the view (the filter and columns as they are now):"),
                                     QLineEdit::Normal, name, &ok);
        if (!ok)
            return;
        const QString error = saveAs(name);
        if (error.isEmpty())
            return;
        QMessageBox::warning(this, tr("Save the current view"), error);
    }
}

void SavedViewsBar::renameCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename this view"), tr("New name of the view:"),
                                               QLineEdit::Normal, m_combo->currentText(), &ok);
    if (!ok)
        return;
    const SaveResult r = SavedViewStore(m_db, m_scope).rename(id, name);
    if (!r.ok) {
        QMessageBox::warning(this, tr("Rename this view"), r.firstMessage());
        return;
    }
    reload();
}

void SavedViewsBar::archiveCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Delete this view"),
                              tr("Delete the view %1 for everyone in the office? The list itself is not changed.")
                                  .arg(m_combo->currentText())) != QMessageBox::Yes)
        return;
    const SaveResult r = SavedViewStore(m_db, m_scope).archive(id);
    if (!r.ok) {
        QMessageBox::warning(this, tr("Delete this view"), r.firstMessage());
        return;
    }
    m_combo->setCurrentIndex(0);
    reload();
}

SavedViewsBar *SavedViewsBar::forPage(QSqlDatabase db, const AccessScope &scope, const QString &list, QWidget *page,
                                      QWidget *parent)
{
    return new SavedViewsBar(
        std::move(db), scope, list, [page] { return FilterMemory::viewState(page); },
        [page](const QString &state) { FilterMemory::applyView(page, state); }, parent);
}
