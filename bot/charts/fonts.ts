// The fonts the pictures are drawn with: Noto Sans from an npm package (OFL), so a chart looks the
// same on every machine, CI included, and has every Polish and German letter (ą, ł, ż, ß, ü, ...);
// no system font is ever read.
import { createRequire } from "node:module";
import path from "node:path";
import type { ChartFonts } from "../../cards/charts/renderChart.js";

const folder = path.dirname(createRequire(import.meta.url).resolve("@expo-google-fonts/noto-sans/package.json"));

export const CHART_FONTS: ChartFonts = {
  family: "Noto Sans",
  files: [path.join(folder, "400Regular", "NotoSans_400Regular.ttf"), path.join(folder, "700Bold", "NotoSans_700Bold.ttf")],
};
