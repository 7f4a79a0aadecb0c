// Type-ahead on a long drop-down (a street's ~200 buildings), driven by the keys a clerk types:
// a part of the name pops up the entries containing it, Down and Enter choose one, Tab with a
// part only one entry contains chooses that one, and text naming none falls back.
#include "ui/common/typeahead.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

// QTest::keyClicks() only knows ASCII: Chinese text is typed as key events carrying the text.
static void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget,
                            c.unicode() < 128 ? Qt::Key(QChar(c).toUpper().unicode()) : Qt::Key_unknown, QString(c),
                            Qt::NoModifier);
}

class TypeAheadTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingNarrowsAndEnterChooses();
    void tabChoosesTheOnlyMatch();
    void unknownTextFallsBack();

private:
    std::unique_ptr<QWidget> m_window;
    QComboBox *m_combo = nullptr;
    QLineEdit *m_next = nullptr;
};

void TypeAheadTest::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_combo = new QComboBox(m_window.get());
    m_combo->addItem(QStringLiteral("(none)"), 0);
    for (int i = 1; i <= 200; ++i)
        m_combo->addItem(
            QStringLiteral("%1 %2号楼").arg(i <= 100 ? QStringLiteral("幸福里") : QStringLiteral("翠湖苑")).arg(i), i);
    TypeAhead::attach(m_combo);
    m_next = new QLineEdit(m_window.get());
    layout->addWidget(m_combo);
    layout->addWidget(m_next);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_combo->setFocus();
    QTRY_VERIFY(m_combo->hasFocus());
}

void TypeAheadTest::cleanup()
{
    m_window.reset();
}

void TypeAheadTest::typingNarrowsAndEnterChooses()
{
    QVERIFY(m_combo->isEditable());
    m_combo->lineEdit()->selectAll();
    typeText(m_combo->lineEdit(), QStringLiteral("37号"));
    QAbstractItemView *popup = m_combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    // Contains, not starts with: 37号楼 and 137号楼 (both compounds).
    QCOMPARE(m_combo->completer()->completionCount(), 2);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(m_combo->currentData().toInt(), 137);
    QCOMPARE(m_combo->currentText(), QStringLiteral("翠湖苑 137号楼"));
}

void TypeAheadTest::tabChoosesTheOnlyMatch()
{
    m_combo->lineEdit()->selectAll();
    QTest::keyClicks(m_combo->lineEdit(), QStringLiteral("199"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // close the popup, keep the text
    // The offscreen platform does not hand activation back from a closed popup as a desktop does.
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_combo->lineEdit(), Qt::Key_Tab);
    QTRY_VERIFY(m_next->hasFocus());
    QCOMPARE(m_combo->currentData().toInt(), 199);
    QCOMPARE(m_combo->currentText(), QStringLiteral("翠湖苑 199号楼"));
}

void TypeAheadTest::unknownTextFallsBack()
{
    m_combo->setCurrentIndex(m_combo->findData(5));
    m_combo->lineEdit()->selectAll();
    typeText(m_combo->lineEdit(), QStringLiteral("没有这栋楼"));
    QTest::keyClick(m_combo->lineEdit(), Qt::Key_Tab);
    QTRY_VERIFY(m_next->hasFocus());
    // What the box shows is what is chosen: the earlier building, not the stray text.
    QCOMPARE(m_combo->currentData().toInt(), 5);
    QCOMPARE(m_combo->currentText(), QStringLiteral("幸福里 5号楼"));
}

QTEST_MAIN(TypeAheadTest)
#include "typeahead_test.moc"
