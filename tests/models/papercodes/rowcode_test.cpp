// RowCode and QrCode: the check character catches every single wrong character and every swap of
// neighbours; codes use no ambiguous characters; the QR code of a sheet code is drawn.
#include "models/papercodes/qrcode.h"
#include "models/papercodes/rowcode.h"

#include <QImage>
#include <QPainter>
#include <QTest>

class RowCodeTest final : public QObject
{
    Q_OBJECT

private slots:
    void alphabetHasNoAmbiguousCharacters();
    void randomCodesAreValid();
    void everySingleTypoIsCaught();
    void everyNeighbourSwapIsCaught();
    void normalizesWhatWasTyped();
    void qrCodeIsDrawn();
};

void RowCodeTest::alphabetHasNoAmbiguousCharacters()
{
    const QString a = RowCode::alphabet();
    QCOMPARE(a.size(), 31);
    for (const QChar c : {QLatin1Char('0'), QLatin1Char('O'), QLatin1Char('1'), QLatin1Char('I'), QLatin1Char('L')})
        QVERIFY2(!a.contains(c), qPrintable(QString(c)));
}

void RowCodeTest::randomCodesAreValid()
{
    for (int i = 0; i < 500; ++i) {
        const QString row = RowCode::random(RowCode::kRowLength);
        QCOMPARE(row.size(), 5);
        QVERIFY(RowCode::isValid(row, RowCode::kRowLength));
        QVERIFY(RowCode::isValid(RowCode::random(RowCode::kSheetLength), RowCode::kSheetLength));
    }
    QVERIFY(!RowCode::isValid(QStringLiteral("ABCD"), RowCode::kRowLength));  // too short
    QVERIFY(!RowCode::isValid(QStringLiteral("AB0DE"), RowCode::kRowLength)); // not in the alphabet
}

void RowCodeTest::everySingleTypoIsCaught()
{
    const QString a = RowCode::alphabet();
    for (int n = 0; n < 200; ++n) {
        const QString code = RowCode::random(RowCode::kRowLength);
        for (int i = 0; i < code.size(); ++i)
            for (const QChar c : a) {
                if (c == code.at(i))
                    continue;
                QString typo = code;
                typo[i] = c;
                QVERIFY2(!RowCode::isValid(typo, RowCode::kRowLength), qPrintable(code + QLatin1Char('>') + typo));
            }
    }
}

void RowCodeTest::everyNeighbourSwapIsCaught()
{
    for (int n = 0; n < 2000; ++n) {
        const QString code = RowCode::random(RowCode::kRowLength);
        for (int i = 0; i + 1 < code.size(); ++i) {
            if (code.at(i) == code.at(i + 1))
                continue;
            QString swapped = code;
            std::swap(swapped[i], swapped[i + 1]);
            QVERIFY2(!RowCode::isValid(swapped, RowCode::kRowLength), qPrintable(code + QLatin1Char('>') + swapped));
        }
    }
}

void RowCodeTest::normalizesWhatWasTyped()
{
    const QString code = RowCode::withCheck(QStringLiteral("K7M2"));
    QCOMPARE(code.size(), 5);
    QCOMPARE(RowCode::normalized(QStringLiteral(" k7-m2") + code.back().toLower() + QLatin1Char(' ')), code);
}

void RowCodeTest::qrCodeIsDrawn()
{
    const QrCode qr(QStringLiteral("K7M2QX"));
    QVERIFY(!qr.isNull());
    QCOMPARE(qr.width(), 21); // version 1 holds six characters
    // The three finder patterns: dark corners, a light ring inside each.
    QVERIFY(qr.dark(0, 0) && qr.dark(qr.width() - 1, 0) && qr.dark(0, qr.width() - 1));
    QVERIFY(!qr.dark(1, 1) && qr.dark(2, 2));
    QImage image(290, 290, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    qr.paint(painter, QRectF(0, 0, 290, 290));
    painter.end();
    // 29 modules with the quiet zone, 10 px each: the top-left module is dark, the quiet zone light.
    QCOMPARE(image.pixelColor(45, 45), QColor(Qt::black));
    QCOMPARE(image.pixelColor(5, 5), QColor(Qt::white));
    QCOMPARE(image.pixelColor(55, 55), QColor(Qt::white)); // the finder's light ring
}

QTEST_MAIN(RowCodeTest)
#include "rowcode_test.moc"
