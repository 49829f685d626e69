// html-validate: the HTML standard's rules for every built page (tests/site/test_html_valid.py).
export default {
  extends: ["html-validate:standard"],
  rules: {
    // Material marks its drawer and search toggles (checkboxes) autocomplete="off" so Firefox
    // does not restore them on back/forward; the standard disallows the attribute there. The
    // checklist form's own autocomplete tokens are checked by its browser tests instead.
    "valid-autocomplete": "off",
  },
};
