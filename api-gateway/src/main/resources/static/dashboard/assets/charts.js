// Draws the books page's charts with Chart.js from the JSON in each canvas's data-chart attribute
// (no inline script: the dashboard's Content-Security-Policy allows scripts from this origin only).
(function () {
    "use strict";
    var colors = {captured: "#0b4f9c", refunded: "#a1151c", net: "#14622b"};
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
        var data = JSON.parse(canvas.getAttribute("data-chart"));
        var config;
        if (canvas.getAttribute("data-kind") === "daily") {
            config = {
                type: "bar",
                data: {
                    labels: data.labels,
                    datasets: ["captured", "refunded", "net"].map(function (name) {
                        return {label: name, data: data[name], backgroundColor: colors[name]};
                    })
                },
                options: {animation: false, responsive: true}
            };
        } else {
            config = {
                type: "bar",
                data: {labels: data.labels, datasets: [{label: "payments", data: data.counts,
                    backgroundColor: "#0b4f9c"}]},
                options: {animation: false, responsive: true, indexAxis: "y", plugins: {legend: {display: false}}}
            };
        }
        canvas.chart = new Chart(canvas, config);
        canvas.setAttribute("data-drawn", "true");
    });
})();
