// ESLint: the recommended rules with type information (typescript-eslint) over src/ and test/,
// plain recommended rules over the few JavaScript files. Formatting is Prettier's business.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A leading underscore names what is there on purpose and unused (a renderer's options
      // argument every renderer takes, a key taken out of an object by destructuring).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read what the commands print (JSON.parse gives `any`, and expect() is the check),
    // stub async APIs with functions that need no await, and look for ANSI escapes on purpose.
    files: ["test/**/*.ts", "test/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/require-await": "off",
      "no-control-regex": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: globals.node },
  },
  {
    // The look-up site's script runs in the reader's browser, as it is (ES2019, no build step).
    files: ["src/site/assets/**/*.js"],
    languageOptions: { ecmaVersion: 2019, sourceType: "script", globals: { ...globals.browser, module: "readonly" } },
  },
);
