/** Unit tests run in node; files that need a DOM say `@jest-environment jsdom` in their docblock. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts?(x)"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  // office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose full
  // entry point pulls ESM-only packages that jest cannot require.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 30000,
};
