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
// Puts HTML into the content element as innerHTML would, touching only the top-level nodes that
// changed: the page then styles and lays out one paragraph per keystroke, not the whole post (a
// 100 KB post took ~300 ms per full replacement offscreen). The HTML is parsed in an inert document
// (it loads and runs nothing); unchanged leading nodes are kept, and so are unchanged trailing ones
// whose data-sourcepos lines moved by the lines the edit added or removed (their attributes are
// shifted to the new lines). Every node kept equals (isEqualNode) the node a full parse gives.
const char applyBody[] =
    "function lecternShift(e,k){var v=e.getAttribute('data-sourcepos');if(!v)return;"
    "var m=/^(0|-?[1-9]\\d{0,8}):(\\d+)-(0|-?[1-9]\\d{0,8}):(\\d+)$/.exec(v);if(!m)return;"
    "e.setAttribute('data-sourcepos',(+m[1]+k)+':'+m[2]+'-'+(+m[3]+k)+':'+m[4]);}"
    "function lecternShiftTree(e,k){lecternShift(e,k);var a=e.querySelectorAll('[data-sourcepos]');"
    "for(var i=0;i<a.length;++i)lecternShift(a[i],k);}"
    "function lecternLastLine(c){for(var e=c.lastElementChild;e;e=e.previousElementSibling){"
    "var m=/^(\\d+):/.exec(e.getAttribute('data-sourcepos')||'');if(m)return +m[1];}return NaN;}"
    "function lecternApply(html){var c=document.getElementById('content');if(!c)return false;"
    "var d=document.implementation.createHTMLDocument('');d.body.innerHTML=html;"
    "var n=d.body,oc=c.childNodes,nc=n.childNodes,ol=oc.length,nl=nc.length,p=0,s=0,i;"
    "while(p<ol&&p<nl&&oc[p].isEqualNode(nc[p]))++p;"
    "var k=lecternLastLine(n)-lecternLastLine(c);if(!(k===k))k=0;"
    "var same=function(a,b){if(!k||b.nodeType!==1||a.nodeType!==1)return a.isEqualNode(b);"
    "lecternShiftTree(b,-k);if(a.isEqualNode(b))return true;lecternShiftTree(b,k);return false;};"
    "while(s<ol-p&&s<nl-p&&same(oc[ol-1-s],nc[nl-1-s]))++s;"
    "if(k)for(i=ol-s;i<ol;++i)if(oc[i].nodeType===1)lecternShiftTree(oc[i],k);"
    "for(i=ol-s-1;i>=p;--i)c.removeChild(oc[i]);"
    "var mid=[];for(i=p;i<nl-s;++i)mid.push(nc[i]);"
    "var f=document.createDocumentFragment();for(i=0;i<mid.length;++i)f.appendChild(document.adoptNode(mid[i]));"
    "c.insertBefore(f,s?c.childNodes[p]:null);"
    "void document.body.offsetHeight;return true;}";
} // namespace

QString pushBody(const QString &html)
{
    return QString::fromLatin1(applyBody) + QStringLiteral("(function(){return lecternApply(") + jsString(html)
        + QStringLiteral(");})()");
}

QString fetchBody(const QUrl &url)
{
    return QString::fromLatin1(applyBody)
        + QStringLiteral("(function(){var x=new XMLHttpRequest();x.open('GET',") + jsString(url.toString())
        + QStringLiteral(",false);x.send();if(x.status!==200&&x.status!==0)return false;"
                         "return lecternApply(x.responseText);})()");
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
