// Adaptive Cards host config close to how Webex renders cards: its fonts, greys and blue,
// compact spacing, inline ShowCard, horizontal actions.
window.WEBEX_HOST_CONFIG = {
  fontFamily: "Inter, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: "#DEDEDE" },
  fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  imageSizes: { small: 40, medium: 80, large: 160 },
  containerStyles: {
    default: {
      backgroundColor: "#FFFFFF",
      foregroundColors: {
        default: { default: "#121212", subtle: "#636363" },
        accent: { default: "#0A78CC", subtle: "#3492D8" },
        good: { default: "#1B8A35", subtle: "#3D9F53" },
        warning: { default: "#B3590B", subtle: "#C77A36" },
        attention: { default: "#D4371C", subtle: "#DC5A44" },
        dark: { default: "#121212", subtle: "#535353" },
        light: { default: "#FFFFFF", subtle: "#EDEDED" },
      },
    },
    emphasis: {
      backgroundColor: "#F7F7F7",
      foregroundColors: {
        default: { default: "#121212", subtle: "#636363" },
        accent: { default: "#0A78CC", subtle: "#3492D8" },
        good: { default: "#1B8A35", subtle: "#3D9F53" },
        warning: { default: "#B3590B", subtle: "#C77A36" },
        attention: { default: "#D4371C", subtle: "#DC5A44" },
      },
    },
    accent: { backgroundColor: "#E6F2FB" },
    good: { backgroundColor: "#E7F5EA" },
    attention: { backgroundColor: "#FBEAE7" },
    warning: { backgroundColor: "#FDF1E6" },
  },
  actions: {
    maxActions: 6,
    spacing: "default",
    buttonSpacing: 8,
    showCard: { actionMode: "inline", inlineTopMargin: 12 },
    actionsOrientation: "horizontal",
    actionAlignment: "left",
  },
  adaptiveCard: { allowCustomStyle: true },
  factSet: {
    title: { color: "default", size: "default", isSubtle: true, weight: "default", wrap: true, maxWidth: 160 },
    value: { color: "default", size: "default", isSubtle: false, weight: "default", wrap: true },
    spacing: 8,
  },
  inputs: { label: { inputSpacing: "small", requiredInputs: { suffix: " *", suffixColor: "attention" } } },
};
