// Create a rejection and list its plan, with openapi-fetch over the generated types.
// Type-checked by `make clients-check` (tsc --noEmit); run it with any TypeScript runner.
import createClient from "openapi-fetch";
import type { paths } from "./rejoinder";

const client = createClient<paths>({
  baseUrl: process.env.REJOINDER_URL ?? "http://127.0.0.1:8000",
  headers: { Authorization: `Bearer ${process.env.REJOINDER_API_KEY}` },
});

const { data, error } = await client.POST("/v1/rejections", {
  body: {
    candidate: { name: "Maya Chen", skills: ["Kafka", "Airflow", "Python"] },
    company: { name: "Acme Robotics", needs: ["scaling the data platform"] },
    role: { title: "Senior Data Engineer", requirements: ["Kafka", "dbt"] },
    stage: "onsite",
    timezone: "America/New_York",
  },
});
if (error) throw new Error(`${error.title}: ${error.detail}`);

console.log(data.drafts.last_pitch.body);
for (const step of data.follow_up_plan.steps) {
  console.log(step.due_on, step.kind, step.title);
}
