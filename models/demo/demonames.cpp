#include "demonames.h"

#include <QList>
#include <utility>

namespace {

QStringList split(const QString &s)
{
    QStringList out;
    for (const QChar ch : s)
        out << QString(ch);
    return out;
}

const QList<std::pair<QString, double>> &surnames()
{
    // Share of the population in percent, top surnames; the tail shares the remainder.
    static const QList<std::pair<QString, double>> list = {
        {QStringLiteral("王"), 7.1},   {QStringLiteral("李"), 7.0},    {QStringLiteral("张"), 6.7},
        {QStringLiteral("刘"), 5.4},   {QStringLiteral("陈"), 4.5},    {QStringLiteral("杨"), 3.1},
        {QStringLiteral("黄"), 2.2},   {QStringLiteral("赵"), 2.0},    {QStringLiteral("吴"), 2.0},
        {QStringLiteral("周"), 1.9},   {QStringLiteral("徐"), 1.7},    {QStringLiteral("孙"), 1.5},
        {QStringLiteral("马"), 1.5},   {QStringLiteral("朱"), 1.3},    {QStringLiteral("胡"), 1.3},
        {QStringLiteral("郭"), 1.2},   {QStringLiteral("何"), 1.2},    {QStringLiteral("高"), 1.1},
        {QStringLiteral("林"), 1.1},   {QStringLiteral("罗"), 1.0},    {QStringLiteral("郑"), 1.0},
        {QStringLiteral("梁"), 0.9},   {QStringLiteral("谢"), 0.8},    {QStringLiteral("宋"), 0.8},
        {QStringLiteral("唐"), 0.8},   {QStringLiteral("许"), 0.7},    {QStringLiteral("韩"), 0.7},
        {QStringLiteral("冯"), 0.7},   {QStringLiteral("邓"), 0.7},    {QStringLiteral("曹"), 0.7},
        {QStringLiteral("彭"), 0.6},   {QStringLiteral("曾"), 0.6},    {QStringLiteral("肖"), 0.6},
        {QStringLiteral("田"), 0.6},   {QStringLiteral("董"), 0.5},    {QStringLiteral("袁"), 0.5},
        {QStringLiteral("潘"), 0.5},   {QStringLiteral("于"), 0.5},    {QStringLiteral("蒋"), 0.5},
        {QStringLiteral("蔡"), 0.5},   {QStringLiteral("余"), 0.5},    {QStringLiteral("杜"), 0.5},
        {QStringLiteral("叶"), 0.4},   {QStringLiteral("程"), 0.4},    {QStringLiteral("苏"), 0.4},
        {QStringLiteral("魏"), 0.4},   {QStringLiteral("吕"), 0.4},    {QStringLiteral("丁"), 0.4},
        {QStringLiteral("任"), 0.4},   {QStringLiteral("沈"), 0.4},    {QStringLiteral("姚"), 0.3},
        {QStringLiteral("卢"), 0.3},   {QStringLiteral("姜"), 0.3},    {QStringLiteral("崔"), 0.3},
        {QStringLiteral("钟"), 0.3},   {QStringLiteral("谭"), 0.3},    {QStringLiteral("陆"), 0.3},
        {QStringLiteral("汪"), 0.3},   {QStringLiteral("范"), 0.3},    {QStringLiteral("金"), 0.3},
        {QStringLiteral("石"), 0.3},   {QStringLiteral("廖"), 0.3},    {QStringLiteral("贾"), 0.3},
        {QStringLiteral("夏"), 0.3},   {QStringLiteral("韦"), 0.3},    {QStringLiteral("方"), 0.3},
        {QStringLiteral("白"), 0.3},   {QStringLiteral("邹"), 0.3},    {QStringLiteral("孟"), 0.3},
        {QStringLiteral("熊"), 0.3},   {QStringLiteral("秦"), 0.3},    {QStringLiteral("邱"), 0.3},
        {QStringLiteral("江"), 0.3},   {QStringLiteral("尹"), 0.3},    {QStringLiteral("薛"), 0.2},
        {QStringLiteral("欧阳"), 0.1}, {QStringLiteral("司马"), 0.02}, {QStringLiteral("诸葛"), 0.02},
    };
    return list;
}

} // namespace

QString DemoNames::weightedSurname(double u)
{
    static const double total = [] {
        double t = 0;
        for (const auto &p : surnames())
            t += p.second;
        return t;
    }();
    double x = u * total;
    for (const auto &p : surnames()) {
        if (x < p.second)
            return p.first;
        x -= p.second;
    }
    return surnames().constFirst().first;
}

const QStringList &DemoNames::maleGivenChars()
{
    static const QStringList list = split(QStringLiteral(
        "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欣亮成建国志文海峰新民德福永庆军东兴亚"));
    return list;
}

const QStringList &DemoNames::femaleGivenChars()
{
    static const QStringList list =
        split(QStringLiteral("芳娜敏静丽艳娟霞秀英华慧玲桂兰萍红玉梅琳燕雪婷莉倩颖琴云洁晶佳瑶怡欣月凤淑珍彩春蓉丹"));
    return list;
}

QString DemoNames::compoundName(int index)
{
    static const QStringList names = {
        QStringLiteral("幸福里"),   QStringLiteral("锦绣花园"), QStringLiteral("翠湖苑"),
        QStringLiteral("和平新村"), QStringLiteral("丽景家园"), QStringLiteral("书香门第"),
        QStringLiteral("紫荆小区"), QStringLiteral("春晖园"),   QStringLiteral("阳光100"),
        QStringLiteral("金桂苑"),   QStringLiteral("长青里"),   QStringLiteral("枫林湾"),
        QStringLiteral("建设新村"), QStringLiteral("桃源居"),   QStringLiteral("东方明珠苑"),
        QStringLiteral("康乐小区"), QStringLiteral("润泽园"),   QStringLiteral("向阳里"),
        QStringLiteral("梧桐苑"),   QStringLiteral("滨河家园"),
    };
    const QString base = names.at(index % names.size());
    const int phase = index / int(names.size());
    return phase == 0 ? base : base + QStringLiteral("%1期").arg(phase + 1);
}

QString DemoNames::roadAddress(int index)
{
    static const QStringList roads = {QStringLiteral("和平路"), QStringLiteral("人民路"), QStringLiteral("解放路"),
                                      QStringLiteral("建设路"), QStringLiteral("友谊路"), QStringLiteral("光明街")};
    return roads.at(index % roads.size()) + QStringLiteral("%1号").arg(10 + index * 7);
}

QString DemoNames::gridName(int index)
{
    static const QStringList numerals = {
        QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四"), QStringLiteral("五"),
        QStringLiteral("六"), QStringLiteral("七"), QStringLiteral("八"), QStringLiteral("九"), QStringLiteral("十")};
    const int n = index + 1;
    if (n <= 10)
        return QStringLiteral("第%1网格").arg(numerals.at(n - 1));
    return QStringLiteral("第%1网格").arg(n);
}

QString DemoNames::gridColor(int index)
{
    // Colour-blind-safe qualitative palette (Okabe-Ito plus two), cycled.
    static const QStringList colors = {QStringLiteral("#E69F00"), QStringLiteral("#56B4E9"), QStringLiteral("#009E73"),
                                       QStringLiteral("#F0E442"), QStringLiteral("#0072B2"), QStringLiteral("#D55E00"),
                                       QStringLiteral("#CC79A7"), QStringLiteral("#999999"), QStringLiteral("#8C564B"),
                                       QStringLiteral("#17BECF")};
    return colors.at(index % colors.size());
}

QString DemoNames::communityName()
{
    return QStringLiteral("阳光社区");
}

QString DemoNames::communityName(int index)
{
    static const QStringList names = {QStringLiteral("阳光"), QStringLiteral("幸福"), QStringLiteral("和平"),
                                      QStringLiteral("光明"), QStringLiteral("新华"), QStringLiteral("东风"),
                                      QStringLiteral("胜利"), QStringLiteral("建设"), QStringLiteral("团结"),
                                      QStringLiteral("朝阳"), QStringLiteral("春晖"), QStringLiteral("长青")};
    const QString name = names.at(index % names.size()) + QStringLiteral("社区");
    return index < names.size() ? name : name + QString::number(index / names.size() + 1);
}

QString DemoNames::streetName()
{
    return QStringLiteral("和平街道");
}

QString DemoNames::districtName()
{
    return QStringLiteral("示例区");
}

QString DemoNames::cityName()
{
    return QStringLiteral("示例市");
}

QString DemoNames::localRegion()
{
    return QStringLiteral("320106");
}

QString DemoNames::otherRegion(int pick)
{
    static const QStringList regions = {QStringLiteral("340104"), QStringLiteral("410102"), QStringLiteral("510107"),
                                        QStringLiteral("130102"), QStringLiteral("370102"), QStringLiteral("420106"),
                                        QStringLiteral("430103"), QStringLiteral("360102"), QStringLiteral("330106"),
                                        QStringLiteral("320585")};
    return regions.at(pick % regions.size());
}
