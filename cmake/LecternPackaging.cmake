# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, made by `cpack -G DEB` from the install rules (scripts/package.sh runs it and lintian).
set(CPACK_PACKAGE_NAME lectern)
set(CPACK_PACKAGE_VENDOR "The Lectern maintainers")
set(CPACK_PACKAGE_CONTACT "Lectern maintainers <lectern-maintainers@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "editor for Jekyll seminar and news posts")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/lectern/lectern")
set(CPACK_PACKAGE_INSTALL_DIRECTORY lectern)
set(CPACK_STRIP_FILES ON)   # lintian: unstripped-binary-or-object is an error

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # lectern_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)       # resources/debian/changelog's top entry names this version
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)    # dpkg-shlibdeps (dpkg-dev) computes Depends from the binaries
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "jekyll, hunspell-en-us, git")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The extended description; CPack puts the summary above it, indents each line by a space and writes an
# empty line as " ." (Debian policy 5.6.13).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Lectern edits the posts of a Jekyll website: a form for the YAML front
matter, a Markdown editor and a live preview of the post in the site's own
look. It saves to the very files the site uses and changes only the lines
that were edited.

It lists the site's posts, makes new posts from templates, publishes and
unpublishes them, and exports a post as an HTML snippet, an e-mail, a PDF
flyer or a calendar event. lectern-cli does the same from scripts and CI.")
include(CPack)
