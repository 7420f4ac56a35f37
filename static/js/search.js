// Search page: ticking a filter refreshes the results in place. Without JavaScript the form's
// "Apply filters" button does the same by a plain submission.
(function () {
    const form = document.getElementById("search-form");
    if (!form || !window.fetch || !window.DOMParser) return;

    let controller = null;

    async function refresh(focusId) {
        const params = new URLSearchParams(new FormData(form));
        for (const [key, value] of [...params.entries()]) {
            if (value === "") params.delete(key);
        }
        const url = form.action + "?" + params.toString();
        if (controller) controller.abort();
        controller = new AbortController();
        form.setAttribute("aria-busy", "true");
        try {
            const response = await fetch(url, { signal: controller.signal, headers: { "X-Requested-With": "fetch" } });
            if (!response.ok) { window.location.assign(url); return; }
            const html = await response.text();
            const next = new DOMParser().parseFromString(html, "text/html");
            for (const id of ["search-facets", "search-results"]) {
                const fresh = next.getElementById(id);
                const current = document.getElementById(id);
                if (fresh && current) current.replaceWith(fresh);
            }
            history.replaceState(null, "", url);
            const focusTarget = focusId && document.getElementById(focusId);
            if (focusTarget) focusTarget.focus();
        } catch (error) {
            if (error.name !== "AbortError") window.location.assign(url);
        } finally {
            form.removeAttribute("aria-busy");
        }
    }

    form.addEventListener("change", function (event) {
        const target = event.target;
        if (target.matches('input[type="checkbox"], select')) {
            refresh(target.id);
        }
    });
    document.documentElement.classList.add("search-live");
})();
