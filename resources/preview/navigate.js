/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Scrolling, click-to-source and the remote-content check, in the application world of the shell
 * page. The body's blocks carry cmark's data-sourcepos ("3:1-5:10": start and end line:column). */

/* Start and end line of an element's data-sourcepos, or null. */
function lecternRange(e) {
    var m = /^(\d+):\d+-(\d+):/.exec(e.getAttribute('data-sourcepos') || '');
    return m ? [+m[1], +m[2]] : null;
}

/* Scrolls the content's first element to the top, less a margin (the content element itself may
 * have no box: display: contents inside a site layout). */
function lecternScrollToContent() {
    var c = document.getElementById('content');
    var e = c && c.firstElementChild;
    if (!e)
        return 0;
    window.scrollTo(0, Math.max(0, window.scrollY + e.getBoundingClientRect().top - 16));
    return window.scrollY;
}

/* Scrolls so the block holding editor line `line` (1-based) sits at the top, interpolating inside
 * it; returns that block's start line, 0 when no block starts at or before it. */
function lecternScrollToSourceLine(line) {
    var best = null, r = null;
    var all = document.querySelectorAll('#content [data-sourcepos]');
    for (var i = 0; i < all.length; ++i) {
        var x = lecternRange(all[i]);
        if (!x)
            continue;
        if (x[0] <= line) {
            best = all[i];
            r = x;
        } else {
            break;
        }
    }
    if (!best) {
        window.scrollTo(0, 0);
        return 0;
    }
    var b = best.getBoundingClientRect();
    var f = r[1] > r[0] ? Math.min(1, (line - r[0]) / (r[1] - r[0] + 1)) : 0;
    window.scrollTo(0, Math.max(0, window.scrollY + b.top + f * b.height - 8));
    return r[0];
}

/* The source line of the block under CSS pixel (x, y), or 0. */
function lecternSourceLineAt(x, y) {
    var e = document.elementFromPoint(x, y);
    while (e && e.nodeType === 1) {
        var r = e.hasAttribute('data-sourcepos') ? lecternRange(e) : null;
        if (r)
            return r[0];
        e = e.parentElement;
    }
    return 0;
}

/* The first http(s) image, media or stylesheet URL in the content, or "". */
function lecternFirstRemoteSource() {
    var r = /^https?:/i;
    var c = document.getElementById('content');
    if (!c)
        return '';
    var es = c.querySelectorAll('img[src],video[src],audio[src],source[src],link[href],image');
    for (var i = 0; i < es.length; ++i) {
        var u = es[i].getAttribute('src') || es[i].getAttribute('href') || es[i].getAttribute('xlink:href') || '';
        if (r.test(u))
            return u;
    }
    var ss = c.querySelectorAll('img[srcset],source[srcset]');
    for (var j = 0; j < ss.length; ++j) {
        var m = /https?:[^\s,]+/i.exec(ss[j].getAttribute('srcset'));
        if (m)
            return m[0];
    }
    return '';
}

/* Keeps the block holding editor line `line` (1-based) in view after an edit: when the point of
 * that line in its block (interpolated as above) is outside the viewport, scrolls it to two thirds
 * of the viewport's height; when it is in view, leaves the scroll alone. Looks at the content's
 * top-level blocks from the end (typing is mostly near the end). Returns the scroll position. */
function lecternRevealSourceLine(line) {
    var c = document.getElementById('content');
    if (!c)
        return window.scrollY;
    var best = null, r = null;
    for (var e = c.lastElementChild; e; e = e.previousElementSibling) {
        var x = lecternRange(e);
        if (x && x[0] <= line) {
            best = e;
            r = x;
            break;
        }
    }
    if (!best)
        return window.scrollY;
    var b = best.getBoundingClientRect();
    var f = r[1] > r[0] ? Math.min(1, (line - r[0]) / (r[1] - r[0] + 1)) : 0;
    var y = b.top + f * b.height, h = window.innerHeight;
    if (y >= 0 && Math.min(b.bottom, y + 24) <= h)
        return window.scrollY;
    window.scrollTo(0, Math.max(0, window.scrollY + y - h * 2 / 3));
    return window.scrollY;
}
