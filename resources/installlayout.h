// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QLocale;
class QTranslator;

// Where an installed Lectern finds what it ships beside its executables. Every path is derived from
// QCoreApplication::applicationDirPath(), so a tree installed under any prefix (or DESTDIR) works:
//   PREFIX/bin/lectern, PREFIX/bin/lectern-cli
//   PREFIX/libexec/lectern/lectern-pdf-export             helpers no user runs directly
//   PREFIX/share/lectern/translations/lectern_<lang>.qm    the compiled translations
//   PREFIX/share/lectern/templates/*.md                    the built-in post templates, as files
// (the relative parts come from GNUInstallDirs at configure time). Run from the build tree there is no
// share/lectern: the translations and templates compiled in as resources (:/i18n, :/templates) serve.
// All functions need a QCoreApplication; none of them writes anything.
namespace Lectern::InstallLayout {

// The absolute path of PREFIX/share/lectern beside this executable, or an empty string when it does
// not exist (running from the build tree).
QString dataDir();

// The absolute path of the helper executable `name` (e.g. "lectern-pdf-export"): PREFIX/libexec/lectern/name
// when it is there or when this is an installed tree (dataDir() exists), else `name` beside this
// executable (the build tree). Returns the path even when no executable is there, so a caller can name
// it in its error message.
QString helperPath(const QString &name);

// The folder the translations are loaded from: dataDir()/translations when it exists, else ":/i18n".
QString translationsDir();

// Loads lectern_<lang>.qm for `locale` from translationsDir() into `translator` (QTranslator::load's
// rules: "fr_CA" falls back to "fr"). Returns false when the locale has no translation (English).
bool loadTranslation(QTranslator &translator, const QLocale &locale);

// One line per thing an installed program needs and where it was found, for --self-test; a line that
// starts with "missing:" is a fault. An installed tree (dataDir() not empty) must hold every translation,
// template (LECTERN_LANGUAGES, from translations/CMakeLists.txt) and helper; the build tree's compiled-in
// copies and the helper beside the executable serve the same checks there.
QStringList check();

} // namespace Lectern::InstallLayout
