// The parts of ECharts the site's charts use (internal/charts): line and
// bar series on a grid, with legend (plain and scroll), tooltip (which
// brings the axis pointer), aria with decal patterns, drawn on canvas, and
// the Chinese locale. Options naming other components (go-echarts writes
// empty "title" and "toolbox") are ignored when those are not registered,
// so a chart type or component added in internal/charts must be added here
// too, and the bundle rebuilt with ./build.sh.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import langZH from 'echarts/lib/i18n/langZH.js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);
echarts.registerLocale('ZH', langZH);

window.echarts = echarts;
