/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The post body pushes. Run in the application world of the shell page (post content itself runs
 * no script); the view calls these with JSON arguments (ShellScript).
 *
 * They put HTML into the content element as innerHTML would, touching only the top-level nodes that
 * change: the page then styles and lays out one paragraph per keystroke, not the whole post (a
 * 100 KB post took ~300 ms per full replacement offscreen). HTML is parsed in an inert document (it
 * loads and runs nothing) in the page's own quirks mode, so it parses as in the page.
 * - lecternApply(html, v): the whole HTML; unchanged leading nodes are kept, and so are unchanged
 *   trailing ones whose data-sourcepos lines moved (their attributes shifted to the new lines).
 *   Every node kept equals (isEqualNode) the node a full parse gives.
 * - lecternSetBlocks(html, starts, v): the HTML cut into blocks (HtmlBlocks), each parsed alone;
 *   the page remembers how many nodes each block made (lecternBlocks) and the push serial v.
 * - lecternPatch(head, removed, oldCount, html, starts, shift, expect, v): replaces blocks
 *   [head, head + removed) with the blocks of HTML and shifts the lines of the blocks after them;
 *   refused (false) unless the page holds push expect with oldCount blocks, so a patch never lands
 *   on a page that missed the push it was computed against.
 * - lecternFetch(url, starts, v): lecternApply (starts null) or lecternSetBlocks with the HTML
 *   fetched from our scheme, so megabytes never pass through a script.
 * Each ends by forcing layout: the view's callback fires once the page is laid out. */

function lecternShift(e, k) {
    var v = e.getAttribute('data-sourcepos');
    if (!v)
        return;
    var m = /^(0|-?[1-9]\d{0,8}):(\d+)-(0|-?[1-9]\d{0,8}):(\d+)$/.exec(v);
    if (!m)
        return;
    e.setAttribute('data-sourcepos', (+m[1] + k) + ':' + m[2] + '-' + (+m[3] + k) + ':' + m[4]);
}

function lecternShiftTree(e, k) {
    lecternShift(e, k);
    var a = e.querySelectorAll('[data-sourcepos]');
    for (var i = 0; i < a.length; ++i)
        lecternShift(a[i], k);
}

function lecternLastLine(c) {
    for (var e = c.lastElementChild; e; e = e.previousElementSibling) {
        var m = /^(\d+):/.exec(e.getAttribute('data-sourcepos') || '');
        if (m)
            return +m[1];
    }
    return NaN;
}

/* One inert document per shell page, made on first use (making one costs a few tenths of a
 * millisecond per push); its body is refilled by each parse. */
function lecternInert() {
    if (!window.lecternInertDocument)
        window.lecternInertDocument = new DOMParser().parseFromString(
            document.compatMode === 'BackCompat' ? '' : '<!DOCTYPE html>', 'text/html');
    return window.lecternInertDocument;
}

function lecternParse(d, f, html, offs, counts) {
    for (var i = 0; i < offs.length; ++i) {
        d.body.innerHTML = html.slice(offs[i], i + 1 < offs.length ? offs[i + 1] : html.length);
        counts.push(d.body.childNodes.length);
        while (d.body.firstChild)
            f.appendChild(document.adoptNode(d.body.firstChild));
    }
}

function lecternApply(html, v) {
    var c = document.getElementById('content');
    if (!c)
        return false;
    var d = lecternInert();
    d.body.innerHTML = html;
    var n = d.body, oc = c.childNodes, nc = n.childNodes, ol = oc.length, nl = nc.length, p = 0, s = 0, i;
    while (p < ol && p < nl && oc[p].isEqualNode(nc[p]))
        ++p;
    var k = lecternLastLine(n) - lecternLastLine(c);
    if (!(k === k))
        k = 0;
    var same = function (a, b) {
        if (!k || b.nodeType !== 1 || a.nodeType !== 1)
            return a.isEqualNode(b);
        lecternShiftTree(b, -k);
        if (a.isEqualNode(b))
            return true;
        lecternShiftTree(b, k);
        return false;
    };
    while (s < ol - p && s < nl - p && same(oc[ol - 1 - s], nc[nl - 1 - s]))
        ++s;
    if (k)
        for (i = ol - s; i < ol; ++i)
            if (oc[i].nodeType === 1)
                lecternShiftTree(oc[i], k);
    for (i = ol - s - 1; i >= p; --i)
        c.removeChild(oc[i]);
    var mid = [];
    for (i = p; i < nl - s; ++i)
        mid.push(nc[i]);
    var f = document.createDocumentFragment();
    for (i = 0; i < mid.length; ++i)
        f.appendChild(document.adoptNode(mid[i]));
    c.insertBefore(f, s ? c.childNodes[p] : null);
    window.lecternBlocks = null;
    window.lecternVersion = v;
    void document.body.offsetHeight;
    return true;
}

function lecternSetBlocks(html, offs, v) {
    var c = document.getElementById('content');
    if (!c)
        return false;
    var f = document.createDocumentFragment(), counts = [];
    lecternParse(lecternInert(), f, html, offs, counts);
    c.textContent = '';
    c.appendChild(f);
    window.lecternBlocks = counts;
    window.lecternVersion = v;
    void document.body.offsetHeight;
    return true;
}

function lecternPatch(head, removed, oldCount, html, offs, k, expect, v) {
    var c = document.getElementById('content'), n = window.lecternBlocks, i, start = 0, cnt = 0, total = 0, e;
    if (!c || !n || window.lecternVersion !== expect || n.length !== oldCount)
        return false;
    for (i = 0; i < n.length; ++i) {
        if (i < head)
            start += n[i];
        else if (i < head + removed)
            cnt += n[i];
        total += n[i];
    }
    if (total !== c.childNodes.length)
        return false;
    var first = c.childNodes[start] || null, after = c.childNodes[start + cnt] || null;
    if (k)
        for (e = after; e; e = e.nextSibling)
            if (e.nodeType === 1)
                lecternShiftTree(e, k);
    if (cnt) {
        var r = document.createRange();
        r.setStartBefore(first);
        if (after)
            r.setEndBefore(after);
        else
            r.setEndAfter(c.lastChild);
        r.deleteContents();
    }
    var f = document.createDocumentFragment(), counts = [];
    lecternParse(lecternInert(), f, html, offs, counts);
    c.insertBefore(f, after);
    n.splice.apply(n, [head, removed].concat(counts));
    window.lecternVersion = v;
    void document.body.offsetHeight;
    return true;
}

function lecternFetch(url, offs, v) {
    var x = new XMLHttpRequest();
    x.open('GET', url, false);
    x.send();
    if (x.status !== 200 && x.status !== 0)
        return false;
    return offs ? lecternSetBlocks(x.responseText, offs, v) : lecternApply(x.responseText, v);
}
