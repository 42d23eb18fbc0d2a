// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "postfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern::Cli {

// get FILE [KEY] [--body]: the front matter as JSON, one key's value, or the body.
int runGet(const QStringList &args, Io &io)
{
    QStringList positional;
    bool body = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--body"))
            body = true;
        else
            positional << a;
    }
    if (positional.isEmpty() || positional.size() > 2) {
        io.err << tr("usage: lectern-cli get FILE [KEY] [--body]") << Qt::endl;
        return BadInput;
    }
    PostFile post;
    QString error;
    if (!PostFile::load(positional.first(), &post, &error)) {
        io.err << error << Qt::endl;
        return BadInput;
    }
    if (body) {
        io.out << post.body();
        return Ok;
    }
    const FrontMatter &fm = post.frontMatter();
    const QString name = QFileInfo(positional.first()).fileName();
    if (!fm.isValid()) {
        for (const Diagnostic &d : fm.diagnostics())
            io.err << d.format(positional.first()) << Qt::endl;
        return BadInput;
    }
    // Warnings (a duplicated key) go to stderr so the value on stdout stays clean for scripts.
    for (const Diagnostic &d : post.diagnostics())
        io.err << d.format(positional.first()) << Qt::endl;
    if (positional.size() == 1) {
        io.out << QString::fromUtf8(QJsonDocument(fm.toJson().toObject()).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const QString key = positional.at(1);
    if (!fm.contains(key)) {
        io.err << tr("%1: no key \"%2\" in the front matter").arg(name, key) << Qt::endl;
        return KeyNotFound;
    }
    const QJsonValue value = fm.toJson(key);
    if (value.isArray())
        io.out << QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)) << Qt::endl;
    else if (value.isObject())
        io.out << QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)) << Qt::endl;
    else
        io.out << fm.scalar(key) << Qt::endl;
    return Ok;
}

} // namespace Lectern::Cli
