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
// change: the page then styles and lays out one paragraph per keystroke, not the whole post (a
// 100 KB post took ~300 ms per full replacement offscreen). HTML is parsed in an inert document
// (it loads and runs nothing) in the page's own quirks mode, so it parses as in the page.
// - lecternApply(html, v): the whole HTML; unchanged leading nodes are kept, and so are unchanged
//   trailing ones whose data-sourcepos lines moved (their attributes shifted to the new lines).
//   Every node kept equals (isEqualNode) the node a full parse gives.
// - lecternSetBlocks(html, starts, v): the HTML cut into blocks (HtmlBlocks), each parsed alone;
//   the page remembers how many nodes each block made (lecternBlocks) and the push serial v.
// - lecternPatch(head, removed, oldCount, html, starts, shift, expect, v): replaces blocks
//   [head, head + removed) with the blocks of HTML and shifts the lines of the blocks after them;
//   refused (false) unless the page holds push expect with oldCount blocks, so a patch never
//   lands on a page that missed the push it was computed against.
const char applyBody[] =
    "function lecternShift(e,k){var v=e.getAttribute('data-sourcepos');if(!v)return;"
    "var m=/^(0|-?[1-9]\\d{0,8}):(\\d+)-(0|-?[1-9]\\d{0,8}):(\\d+)$/.exec(v);if(!m)return;"
    "e.setAttribute('data-sourcepos',(+m[1]+k)+':'+m[2]+'-'+(+m[3]+k)+':'+m[4]);}"
    "function lecternShiftTree(e,k){lecternShift(e,k);var a=e.querySelectorAll('[data-sourcepos]');"
    "for(var i=0;i<a.length;++i)lecternShift(a[i],k);}"
    "function lecternLastLine(c){for(var e=c.lastElementChild;e;e=e.previousElementSibling){"
    "var m=/^(\\d+):/.exec(e.getAttribute('data-sourcepos')||'');if(m)return +m[1];}return NaN;}"
    "function lecternInert(){return new DOMParser().parseFromString("
    "document.compatMode==='BackCompat'?'':'<!DOCTYPE html>','text/html');}"
    "function lecternParse(d,f,html,offs,counts){for(var i=0;i<offs.length;++i){"
    "d.body.innerHTML=html.slice(offs[i],i+1<offs.length?offs[i+1]:html.length);counts.push(d.body.childNodes.length);"
    "while(d.body.firstChild)f.appendChild(document.adoptNode(d.body.firstChild));}}"
    "function lecternApply(html,v){var c=document.getElementById('content');if(!c)return false;"
    "var d=lecternInert();d.body.innerHTML=html;"
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
    "c.insertBefore(f,s?c.childNodes[p]:null);window.lecternBlocks=null;window.lecternVersion=v;"
    "void document.body.offsetHeight;return true;}"
    "function lecternSetBlocks(html,offs,v){var c=document.getElementById('content');if(!c)return false;"
    "var f=document.createDocumentFragment(),counts=[];lecternParse(lecternInert(),f,html,offs,counts);"
    "c.textContent='';c.appendChild(f);window.lecternBlocks=counts;window.lecternVersion=v;"
    "void document.body.offsetHeight;return true;}"
    "function lecternPatch(head,removed,oldCount,html,offs,k,expect,v){"
    "var c=document.getElementById('content'),n=window.lecternBlocks,i,start=0,cnt=0,total=0,e;"
    "if(!c||!n||window.lecternVersion!==expect||n.length!==oldCount)return false;"
    "for(i=0;i<n.length;++i){if(i<head)start+=n[i];else if(i<head+removed)cnt+=n[i];total+=n[i];}"
    "if(total!==c.childNodes.length)return false;"
    "var first=c.childNodes[start]||null,after=c.childNodes[start+cnt]||null;"
    "if(k)for(e=after;e;e=e.nextSibling)if(e.nodeType===1)lecternShiftTree(e,k);"
    "if(cnt){var r=document.createRange();r.setStartBefore(first);"
    "if(after)r.setEndBefore(after);else r.setEndAfter(c.lastChild);r.deleteContents();}"
    "var f=document.createDocumentFragment(),counts=[];lecternParse(lecternInert(),f,html,offs,counts);"
    "c.insertBefore(f,after);n.splice.apply(n,[head,removed].concat(counts));window.lecternVersion=v;"
    "void document.body.offsetHeight;return true;}";

QString offsets(const QList<qsizetype> &starts, qsizetype base)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < starts.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QString::number(starts.at(i) - base);
    }
    return out + QLatin1Char(']');
}
} // namespace

QString library()
{
    return QString::fromLatin1(applyBody);
}

QString pushBody(const QString &html, int serial)
{
    return QString::fromLatin1(applyBody) + QStringLiteral("(function(){return lecternApply(") + jsString(html)
        + QStringLiteral(",%1);})()").arg(serial);
}

QString fetchBody(const QUrl &url, const QList<qsizetype> &blocks, int serial)
{
    const QString apply = blocks.isEmpty() ? QStringLiteral("lecternApply(x.responseText,%1)").arg(serial)
                                           : QStringLiteral("lecternSetBlocks(x.responseText,%1,%2)").arg(offsets(blocks, 0)).arg(serial);
    return QString::fromLatin1(applyBody)
        + QStringLiteral("(function(){var x=new XMLHttpRequest();x.open('GET',") + jsString(url.toString())
        + QStringLiteral(",false);x.send();if(x.status!==200&&x.status!==0)return false;return ") + apply
        + QStringLiteral(";})()");
}

QString setBlocks(const QString &html, const QList<qsizetype> &blocks, int serial)
{
    return QString::fromLatin1(applyBody) + QStringLiteral("(function(){return lecternSetBlocks(") + jsString(html)
        + QLatin1Char(',') + offsets(blocks, 0) + QStringLiteral(",%1);})()").arg(serial);
}

QString patchBlocks(const BlockPatch &patch)
{
    return QString::fromLatin1(applyBody) + QStringLiteral("(function(){return lecternPatch(%1,%2,%3,")
               .arg(patch.keptHead).arg(patch.removed).arg(patch.oldCount)
        + jsString(patch.html) + QLatin1Char(',') + offsets(patch.starts, patch.base)
        + QStringLiteral(",%1,%2,%3);})()").arg(patch.lineShift).arg(patch.expectSerial).arg(patch.serial);
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
