// SPDX-License-Identifier: GPL-3.0-or-later
#include "shellscript.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Lectern::ShellScript {

namespace {
QString jsString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    // "[...]" -> the string literal inside the array.
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// Start line of an element's data-sourcepos ("3:1-5:10"), end line too.
const char sourcePosHelpers[] =
    "function lecternRange(e){var m=/^(\\d+):\\d+-(\\d+):/.exec(e.getAttribute('data-sourcepos')||'');"
    "return m?[+m[1],+m[2]]:null;}";
} // namespace

QString pushBody(const QString &html)
{
    return QStringLiteral("(function(){var c=document.getElementById('content');if(!c)return false;"
                          "c.innerHTML=") + jsString(html)
        + QStringLiteral(";void document.body.offsetHeight;return true;})()");
}

QString fetchBody(const QUrl &url)
{
    return QStringLiteral("(function(){var c=document.getElementById('content');if(!c)return false;"
                          "var x=new XMLHttpRequest();x.open('GET',") + jsString(url.toString())
        + QStringLiteral(",false);x.send();if(x.status!==200&&x.status!==0)return false;"
                         "c.innerHTML=x.responseText;void document.body.offsetHeight;return true;})()");
}

QString scrollY()
{
    return QStringLiteral("window.scrollY");
}

QString scrollTo(int y)
{
    return QStringLiteral("window.scrollTo(0,%1);window.scrollY").arg(y);
}

QString scrollToContent()
{
    return QStringLiteral("(function(){var c=document.getElementById('content');var e=c&&c.firstElementChild;"
                          "if(!e)return 0;window.scrollTo(0,Math.max(0,window.scrollY+e.getBoundingClientRect().top-16));"
                          "return window.scrollY;})()");
}

QString scrollToSourceLine(int line)
{
    return QString::fromLatin1(sourcePosHelpers)
        + QStringLiteral("(function(line){var best=null,r=null;"
                         "var all=document.querySelectorAll('#content [data-sourcepos]');"
                         "for(var i=0;i<all.length;++i){var x=lecternRange(all[i]);if(!x)continue;"
                         "if(x[0]<=line){best=all[i];r=x;}else break;}"
                         "if(!best){window.scrollTo(0,0);return 0;}"
                         "var b=best.getBoundingClientRect();var f=r[1]>r[0]?Math.min(1,(line-r[0])/(r[1]-r[0]+1)):0;"
                         "window.scrollTo(0,Math.max(0,window.scrollY+b.top+f*b.height-8));return r[0];})(%1)")
              .arg(line);
}

QString firstRemoteSource()
{
    return QStringLiteral(
        "(function(){var r=/^https?:/i;var c=document.getElementById('content');if(!c)return '';"
        "var es=c.querySelectorAll('img[src],video[src],audio[src],source[src],link[href],image');"
        "for(var i=0;i<es.length;++i){var u=es[i].getAttribute('src')||es[i].getAttribute('href')||"
        "es[i].getAttribute('xlink:href')||'';if(r.test(u))return u;}"
        "var ss=c.querySelectorAll('img[srcset],source[srcset]');"
        "for(var j=0;j<ss.length;++j){var m=/https?:[^\\s,]+/i.exec(ss[j].getAttribute('srcset'));if(m)return m[0];}"
        "return '';})()");
}

QString sourceLineAt(double x, double y)
{
    return QString::fromLatin1(sourcePosHelpers)
        + QStringLiteral("(function(){var e=document.elementFromPoint(%1,%2);"
                         "while(e&&e.nodeType===1){var r=e.hasAttribute('data-sourcepos')?lecternRange(e):null;"
                         "if(r)return r[0];e=e.parentElement;}return 0;})()")
              .arg(x)
              .arg(y);
}

} // namespace Lectern::ShellScript
