// 标签管理 driven by keyboard and mouse: a new tag with its group, a typed attribute (a refused
// choice without choices names the field), a rename and the merge of two tags moving a resident.
#include "models/core/sqlquery.h"
#include "models/tags/residenttags.h"
#include "models/tags/tagstore.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/register/tagmanagerdialog.h"

#include <algorithm>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

class TagManagerDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void addsTagsAttributesAndMerges();
    void clerkOfAGridMayNotChange();

private:
    template<typename T> T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    static void type(const QString &text)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x7f; }))
            commitText(focus, text);
        else
            QTest::keyClicks(focus, text);
    }
    static int rowOf(QListWidget *list, const QString &start)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().startsWith(start))
                return i;
        return -1;
    }
};

void TagManagerDialogTest::addsTagsAttributesAndMerges()
{
    TestDatabase t;
    const QString id = TestDatabase::idFor(QDate(1950, 1, 1), true);
    QVERIFY(t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"), {{QStringLiteral("张三"), id}}));
    const qint64 zhang = t.residentId(id);
    TagManagerDialog dialog(t.db(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *tags = child<QListWidget>(&dialog, "tagList");
    QCOMPARE(tags->count(), 7);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "tagName"));

    // A new tag in a new group: name, Tab, group, then Enter in the name adds it.
    type(QStringLiteral("留守儿童"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(&dialog, "tagGroup"));
    type(QStringLiteral("关爱对象"));
    child<QLineEdit>(&dialog, "tagName")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(tags->count(), 8);
    const std::optional<TagInfo> added = TagStore(t.db(), testScope()).tagByCode(QStringLiteral("留守儿童"));
    QVERIFY(added);
    QCOMPARE(added->group, QStringLiteral("关爱对象"));
    QVERIFY(tags->currentItem()->text().startsWith(QStringLiteral("留守儿童")));
    // The same name again is refused, naming the field.
    QTest::keyClick(child<QLineEdit>(&dialog, "tagName"), Qt::Key_Return);
    QVERIFY2(child<QLabel>(&dialog, "tagsMessage")->text().contains(QStringLiteral("Name")),
             qPrintable(child<QLabel>(&dialog, "tagsMessage")->text()));
    QCOMPARE(tags->count(), 8);

    // A choice attribute without choices is refused; with them it is added.
    auto *attributeName = child<QLineEdit>(&dialog, "attributeName");
    attributeName->setFocus();
    type(QStringLiteral("监护人类型"));
    auto *typeBox = child<QComboBox>(&dialog, "attributeType");
    typeBox->setCurrentIndex(typeBox->findData(QStringLiteral("choice")));
    QTest::mouseClick(child<QPushButton>(&dialog, "attributeAdd"), Qt::LeftButton);
    QVERIFY(child<QLabel>(&dialog, "tagsMessage")->text().contains(QStringLiteral("Choices")));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "attributeChoices"));
    type(QStringLiteral("祖父母|其他亲属"));
    QTest::mouseClick(child<QPushButton>(&dialog, "attributeAdd"), Qt::LeftButton);
    QCOMPARE(child<QListWidget>(&dialog, "attributeList")->count(), 1);
    const QList<TagAttribute> attributes = TagStore(t.db(), testScope()).attributes(added->id);
    QCOMPARE(attributes.size(), 1);
    QCOMPARE(attributes.at(0).type, QStringLiteral("choice"));
    QCOMPARE(attributes.at(0).choices, (QStringList{QStringLiteral("祖父母"), QStringLiteral("其他亲属")}));

    // Choosing 低保 shows its three attributes; renaming keeps its code.
    tags->setCurrentRow(rowOf(tags, QStringLiteral("低保")));
    QCOMPARE(child<QListWidget>(&dialog, "attributeList")->count(), 3);
    QCOMPARE(child<QLineEdit>(&dialog, "tagName")->text(), QStringLiteral("低保"));

    // Merge the new tag, which Zhang has, into 低保: Zhang has 低保 now.
    QVERIFY(ResidentTags(t.db(), testScope()).start(zhang, added->id, QDate(2025, 9, 1)).ok);
    tags->setCurrentRow(rowOf(tags, QStringLiteral("留守儿童")));
    auto *into = child<QComboBox>(&dialog, "tagMergeInto");
    into->setCurrentIndex(into->findText(QStringLiteral("低保")));
    QTest::mouseClick(child<QPushButton>(&dialog, "tagMerge"), Qt::LeftButton);
    QTRY_COMPARE(tags->count(), 7);
    QVERIFY(tags->currentItem()->text().startsWith(QStringLiteral("低保")));
    QCOMPARE(ResidentTags(t.db(), testScope()).current(zhang).at(0).tagCode, QStringLiteral("low_income"));
    QVERIFY(dialog.changed());

    // Rename by the name field and the button.
    child<QLineEdit>(&dialog, "tagName")->selectAll();
    child<QLineEdit>(&dialog, "tagName")->setFocus();
    type(QStringLiteral("最低生活保障"));
    QTest::mouseClick(child<QPushButton>(&dialog, "tagRename"), Qt::LeftButton);
    QCOMPARE(TagStore(t.db(), testScope()).tagByCode(QStringLiteral("low_income"))->name,
             QStringLiteral("最低生活保障"));
}

void TagManagerDialogTest::clerkOfAGridMayNotChange()
{
    TestDatabase t;
    const AccessScope worker(AccessScope::Role::GridWorker, 8, QStringLiteral("worker"), {t.gridA});
    TagManagerDialog dialog(t.db(), worker);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QListWidget>(&dialog, "tagList")->count(), 7);
    QVERIFY(!child<QPushButton>(&dialog, "tagAdd")->isEnabled());
    child<QListWidget>(&dialog, "tagList")->setCurrentRow(0);
    QVERIFY(!child<QPushButton>(&dialog, "tagMerge")->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, "tagsMessage")->text().isEmpty());
}

QTEST_MAIN(TagManagerDialogTest)
#include "tagmanagerdialog_test.moc"
