// The one-file ESM build of ECharts has the package's own types.
declare module "echarts/dist/echarts.esm.min.mjs" {
  export * from "echarts";
}
