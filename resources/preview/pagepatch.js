/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A front-matter edit changes the site page around the body (the layout's header: title, date,
 * image, categories; the <title>). lecternPatchPage(html) puts the new render of that page into the
 * shown one without loading it again, so scroll position, selection and loaded images stay:
 * - HTML is the whole page as a shell (the body region replaced by an empty #content element); it
 *   is parsed in an inert document (DOMParser: it loads and runs nothing);
 * - <head>: only the stylesheets matter to what shows (scripts never run here, metas show nothing):
 *   when its stylesheet links, <style> or <base> elements differ it returns false and the view
 *   loads the page afresh; otherwise only document.title follows;
 * - <html> and <body>: a structural diff. Children are matched by kind (node type, tag, id, and
 *   whether they hold #content) from both ends, matched pairs are updated in place (attributes,
 *   text, their children the same way) and the unmatched middle is replaced by the new nodes;
 *   #content itself, the body the block pushes own, is never touched. When the middle would
 *   remove #content (the layout moved the body), it returns false: the view reloads.
 * Returns true when the page now shows the new render. */

function lecternHolds(e, content) {
    return e === content || (e.nodeType === 1 && e.contains(content));
}

function lecternSameKind(a, b, c, nc) {
    if (a.nodeType !== b.nodeType)
        return false;
    if (a.nodeType !== 1)
        return true;
    return a.namespaceURI === b.namespaceURI && a.localName === b.localName && a.id === b.id
        && lecternHolds(a, c) === lecternHolds(b, nc);
}

function lecternSyncAttributes(a, b) {
    var i, x;
    for (i = a.attributes.length - 1; i >= 0; --i) {
        x = a.attributes[i];
        if (!b.hasAttributeNS(x.namespaceURI, x.localName))
            a.removeAttributeNS(x.namespaceURI, x.localName);
    }
    for (i = 0; i < b.attributes.length; ++i) {
        x = b.attributes[i];
        if (a.getAttributeNS(x.namespaceURI, x.localName) !== x.value)
            a.setAttributeNS(x.namespaceURI, x.name, x.value);
    }
}

function lecternMorphNode(a, b, c, nc) {
    if (a.nodeType !== 1) {
        if (a.nodeValue !== b.nodeValue)
            a.nodeValue = b.nodeValue;
        return true;
    }
    if (a === c)
        return true;   // the body: the block pushes own it
    var holds = a.contains(c);
    if (!holds && a.isEqualNode(b))
        return true;
    lecternSyncAttributes(a, b);
    return lecternMorphChildren(a, b, c, nc);
}

function lecternMorphChildren(a, b, c, nc) {
    var o = Array.prototype.slice.call(a.childNodes), n = Array.prototype.slice.call(b.childNodes);
    var ol = o.length, nl = n.length, p = 0, s = 0, i;
    while (p < ol && p < nl && lecternSameKind(o[p], n[p], c, nc))
        ++p;
    while (s < ol - p && s < nl - p && lecternSameKind(o[ol - 1 - s], n[nl - 1 - s], c, nc))
        ++s;
    for (i = p; i < ol - s; ++i)
        if (lecternHolds(o[i], c))
            return false;
    for (i = 0; i < p; ++i)
        if (!lecternMorphNode(o[i], n[i], c, nc))
            return false;
    for (i = 1; i <= s; ++i)
        if (!lecternMorphNode(o[ol - i], n[nl - i], c, nc))
            return false;
    var after = s ? o[ol - s] : null;
    for (i = p; i < ol - s; ++i)
        a.removeChild(o[i]);
    for (i = p; i < nl - s; ++i)
        a.insertBefore(document.adoptNode(n[i]), after);
    return true;
}

/* The <head> elements that change how the page looks. Lectern's own (id "lectern-…", put in by the
 * scheme handler when it serves the page, never in a rendered page) stay as they are. */
function lecternStyleNodes(head) {
    var out = [];
    for (var e = head ? head.firstElementChild : null; e; e = e.nextElementSibling) {
        var t = e.localName;
        if ((e.id || '').indexOf('lectern-') === 0)
            continue;
        if (t === 'style' || t === 'base' || (t === 'link' && /(^|\s)stylesheet(\s|$)/i.test(e.getAttribute('rel') || '')))
            out.push(e);
    }
    return out;
}

function lecternPatchPage(html) {
    var d = new DOMParser().parseFromString(html, 'text/html');
    var c = document.getElementById('content'), nc = d.getElementById('content');
    if (!c || !nc || !document.body || !d.body || !document.body.contains(c) || !d.body.contains(nc))
        return false;
    var os = lecternStyleNodes(document.head), ns = lecternStyleNodes(d.head);
    if (os.length !== ns.length)
        return false;
    for (var i = 0; i < os.length; ++i)
        if (!os[i].isEqualNode(ns[i]))
            return false;
    if (d.title && document.title !== d.title)
        document.title = d.title;
    lecternSyncAttributes(document.documentElement, d.documentElement);
    if (!lecternMorphNode(document.body, d.body, c, nc))
        return false;
    void document.body.offsetHeight;
    return true;
}

/* The site's stylesheet at PATH ("/assets/css/main.css", without the baseurl) was compiled again
 * (its Sass changed): each <link> the layout has for it gets a Lectern copy loading PATH?v=VERSION (a
 * new URL, so never a cached answer), which replaces the previous copy once it has loaded (no flash
 * of unstyled page, no reload, scroll kept). The layout's own link stays in the DOM, switched off,
 * so that lecternPatchPage still finds the stylesheets the page was rendered with; the neutral
 * stylesheet (put in while no site CSS was found) goes, as the next render of the page (which counts
 * the compiled stylesheet as found) has none. Returns how many links were matched. */
function lecternReloadStylesheet(path, version) {
    var links = document.querySelectorAll('link[rel~="stylesheet" i]');
    var n = 0;
    var site = [], neutral = [];
    for (var i = 0; i < links.length; ++i) {
        var e = links[i];
        if ((e.id || '').indexOf('lectern-') === 0)
            continue;
        var u = new URL(e.getAttribute('href') || '', document.baseURI);
        if (u.pathname === '/__lectern/preview.css')
            neutral.push(e);
        else if (u.protocol === location.protocol && u.host === location.host
                 && u.pathname.length >= path.length && u.pathname.slice(-path.length) === path)
            site.push([e, u]);
    }
    site.forEach(function (pair) {
        var e = pair[0], u = pair[1];
        var copy = document.createElement('link');
        copy.rel = 'stylesheet';
        copy.id = 'lectern-sass-' + version + '-' + (++n);
        copy.setAttribute('data-lectern-for', path);
        copy.href = u.pathname + '?v=' + version;
        copy.addEventListener('load', function () {
            var old = document.querySelectorAll('link[data-lectern-for]');
            for (var j = 0; j < old.length; ++j)
                if (old[j] !== copy && old[j].getAttribute('data-lectern-for') === path
                    && old[j].compareDocumentPosition(copy) & Node.DOCUMENT_POSITION_FOLLOWING)
                    old[j].remove();
            if (e.sheet)
                e.sheet.disabled = true;
            neutral.forEach(function (x) { x.remove(); });
        });
        var last = e;
        while (last.nextElementSibling && last.nextElementSibling.getAttribute('data-lectern-for') === path)
            last = last.nextElementSibling;
        last.after(copy);
    });
    return n;
}
